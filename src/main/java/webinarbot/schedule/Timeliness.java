package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import webinarbot.domain.Durations;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * Until when a post still tells the truth, by the rule its kind declares ({@link
 * PostKind.Deadline}). Used twice, with the same answer: by the planner after downtime, and by the
 * firing job and the delivery lane when a post runs late.
 *
 * <ul>
 *   <li>A reminder "in 1 hour": until {@code schedule.grace} after its time, and never once the
 *       talk has started.
 *   <li>"Starting now": until {@code grace} after its time, and never once the talk is over.
 *   <li>A catch-up announcement: until the talk starts (an all-day entry: until its day ends).
 *   <li>Nothing after the page's {@code expiryDate}.
 * </ul>
 */
final class Timeliness {
  private final Duration grace;

  Timeliness(Duration grace) {
    this.grace = grace;
  }

  Optional<Instant> deadline(Webinar w, PostKind kind, Instant at) {
    Instant start = w.time().startInstant();
    Instant end = w.time().effectiveEnd();
    Optional<Instant> byKind =
        switch (kind.type().deadline()) {
          case UNTIL_START -> Optional.of(w.time().allDay() ? end : start);
          case WITHIN_GRACE ->
              Optional.of(earliest(at.plus(grace), kind.lead().isZero() ? end : start));
          case PAGE_EXPIRY -> Optional.empty();
        };
    return w.expiryDate()
        .map(expiry -> byKind.map(d -> earliest(d, expiry)).orElse(expiry))
        .or(() -> byKind);
  }

  /** Why a post due at {@code at} cannot go out at {@code now}, in words for the log. */
  String whyTooLate(Webinar w, PostKind kind, Instant at, Instant now) {
    if (w.expiryDate().isPresent() && !now.isBefore(w.expiryDate().get())) {
      return "the page expired at " + w.expiryDate().get();
    }
    if (kind.type().deadline() == PostKind.Deadline.WITHIN_GRACE && !now.isBefore(at.plus(grace))) {
      Duration late = Duration.between(at, now);
      // Whole minutes read better in a log line, and nobody acts on the seconds.
      Duration shown =
          late.toMinutes() > 0
              ? Duration.ofMinutes(late.toMinutes())
              : Duration.ofSeconds(late.toSeconds());
      return "missed by "
          + Durations.format(shown)
          + ", more than the grace of "
          + Durations.format(grace);
    }
    return w.time().isOver(now) ? "the webinar is over" : "the webinar has started";
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
