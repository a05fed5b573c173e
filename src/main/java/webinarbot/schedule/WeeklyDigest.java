package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import webinarbot.config.Settings;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * {@code schedule.digest}: when the weekly digest goes out ({@code "MON 09:00"} in {@code
 * schedule.timezone}, daylight saving included) and what it lists: the webinars, and the
 * occurrences of series, that start in the seven days from that moment, or are under way then.
 */
public final class WeeklyDigest {
  public static final Duration WEEK = Duration.ofDays(7);

  private final Settings.WeeklyTime when;
  private final ZoneId zone;

  public WeeklyDigest(Settings.WeeklyTime when, ZoneId zone) {
    this.when = when;
    this.zone = zone;
  }

  /** The digest time of the week containing {@code date} (weeks start on the digest's day). */
  private ZonedDateTime occurrenceOnOrBefore(LocalDate date) {
    LocalDate day = date.with(TemporalAdjusters.previousOrSame(when.day()));
    // In a daylight-saving gap ZonedDateTime.of moves forward to the first valid time.
    return ZonedDateTime.of(day, when.time(), zone);
  }

  /** The latest digest time at or before {@code now}. */
  public Instant latestAtOrBefore(Instant now) {
    ZonedDateTime candidate = occurrenceOnOrBefore(now.atZone(zone).toLocalDate());
    if (candidate.toInstant().isAfter(now)) {
      candidate = occurrenceOnOrBefore(candidate.toLocalDate().minusDays(1));
    }
    return candidate.toInstant();
  }

  /** The first digest time strictly after {@code now}. */
  public Instant nextAfter(Instant now) {
    ZonedDateTime latest = latestAtOrBefore(now).atZone(zone);
    return occurrenceOnOrBefore(latest.toLocalDate().plusDays(7)).toInstant();
  }

  /** When the digest of the week named {@code weekOf} goes out. */
  public Instant at(LocalDate weekOf) {
    return ZonedDateTime.of(weekOf, when.time(), zone).toInstant();
  }

  /**
   * The digest due at {@code at}: its week is named by the local date it goes out on. A series is
   * listed once per occurrence in the week, each at its own time; its exdates are not occurrences.
   */
  public Post.Digest post(Catalogue catalogue, Instant at) {
    Instant end = at.plus(WEEK);
    List<Webinar> week =
        occurrences(catalogue)
            .filter(o -> o.isUpcoming(at) && o.time().startInstant().isBefore(end))
            .sorted(Comparator.comparing(o -> o.time().startInstant()))
            .toList();
    return new Post.Digest(at.atZone(zone).toLocalDate(), week);
  }

  /** Every talk of the catalogue, a series as each of its occurrences, in catalogue order. */
  public static Stream<Webinar> occurrences(Catalogue catalogue) {
    return catalogue.all().stream()
        .flatMap(
            w ->
                w.series()
                    .map(s -> s.occurrences().stream().map(w::occurrence))
                    .orElseGet(() -> Stream.of(w)));
  }

  /**
   * The digests due after {@code now}, up to {@code until} (default: the week of the last upcoming
   * webinar or occurrence), that have webinars to show: what a running bot would post.
   */
  public List<Post.Digest> dueAfter(Catalogue catalogue, Instant now, Optional<Instant> until) {
    Instant last =
        until.orElseGet(
            () ->
                occurrences(catalogue)
                    .filter(o -> o.isUpcoming(now))
                    .map(o -> o.time().startInstant())
                    .max(Instant::compareTo)
                    .orElse(now));
    List<Post.Digest> due = new ArrayList<>();
    for (Instant at = nextAfter(now); !at.isAfter(last); at = nextAfter(at)) {
      Post.Digest digest = post(catalogue, at);
      if (!digest.webinars().isEmpty()) {
        due.add(digest);
      }
    }
    return due;
  }
}
