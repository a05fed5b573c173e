package webinarbot.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * A post made by hand about a talk that has started says something untrue ("New webinar", "starts
 * in 1 hour"). {@code announce}, {@code preview} and {@code /webinars announce} refuse it unless
 * forced, and say why. A follow-up (slides, video) is meant for after the talk and always allowed.
 */
public final class PastTalk {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private PastTalk() {}

  /** Why this post about {@code w} would be wrong at {@code now}; empty when it is fine. */
  public static Optional<String> refusal(Webinar w, PostKind kind, Instant now) {
    if (kind.type().is(PostKind.Use.AFTER_THE_TALK) || !w.time().hasStarted(now)) {
      return Optional.empty();
    }
    Instant start = w.time().startInstant();
    String state =
        w.time().isOver(now)
            ? "is over: it started on " + WHEN.format(start) + ", " + ago(start, now)
            : "has started: at " + WHEN.format(start) + ", " + ago(start, now);
    return Optional.of(
        w.id()
            + " "
            + state
            + "; "
            + article(kind)
            + " "
            + kind.code()
            + " would be about a past talk");
  }

  private static String article(PostKind kind) {
    return "aeiou".indexOf(kind.code().charAt(0)) >= 0 ? "an" : "a";
  }

  /** "3 days ago", "5 hours ago", "12 minutes ago". */
  static String ago(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.toDays() >= 2) {
      return d.toDays() + " days ago";
    }
    if (d.toHours() >= 2) {
      return d.toHours() + " hours ago";
    }
    long minutes = d.toMinutes();
    return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
  }
}
