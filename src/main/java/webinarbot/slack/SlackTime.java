package webinarbot.slack;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import webinarbot.domain.EventTime;

/**
 * Times as Slack date tokens, so each reader sees them in their own time zone; the fallback after
 * the bar is what clients that cannot format dates (and notifications) show.
 */
final class SlackTime {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm a z", Locale.ENGLISH);

  private SlackTime() {}

  /** mrkdwn: start (date and time) and, when known, end (time); all-day entries by date only. */
  static String mrkdwn(EventTime time) {
    if (time.allDay()) {
      // Noon in the page's zone keeps the date the same for readers within ±12 hours of it.
      ZonedDateTime noon = time.start().plusHours(12);
      String first = token(noon, "{date_long_pretty}", DAY.format(time.start()));
      if (time.end().isPresent()) {
        ZonedDateTime last = time.lastDay().atStartOfDay(time.zone()).plusHours(12);
        return first + " – " + token(last, "{date_long_pretty}", DAY.format(last)) + " (all day)";
      }
      return first + " (all day)";
    }
    String start = token(time.start(), "{date_long_pretty} {time}", fallback(time.start()));
    return time.end()
        .map(end -> start + " – " + token(end, "{time}", CLOCK.format(end)))
        .orElse(start);
  }

  /** Plain text in the page's own zone, for the notification {@code text}. */
  static String plain(EventTime time) {
    if (time.allDay()) {
      String last = time.end().isPresent() ? " – " + DAY.format(time.lastDay()) : "";
      return DAY.format(time.start()) + last + " (all day)";
    }
    String start = fallback(time.start());
    return time.end().map(end -> start + " – " + CLOCK.format(end)).orElse(start);
  }

  private static String fallback(ZonedDateTime t) {
    return DAY.format(t) + " " + CLOCK.format(t);
  }

  private static String token(ZonedDateTime t, String format, String fallback) {
    return "<!date^" + t.toEpochSecond() + "^" + format + "|" + SlackText.escape(fallback) + ">";
  }
}
