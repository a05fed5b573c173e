package webinarbot.discord;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.dv8tion.jda.api.utils.TimeFormat;
import webinarbot.domain.EventTime;

/**
 * Times as Discord timestamps, which every reader's client shows in their own time zone. All-day
 * entries are written as a date instead: midnight in the page's zone is a different day elsewhere.
 */
final class DiscordTime {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private DiscordTime() {}

  /** {@code <t:…:F> – <t:…:t>}, or the date of an all-day entry. */
  static String when(EventTime time) {
    if (time.allDay()) {
      String last = time.end().isPresent() ? " – " + time.lastDay().format(DAY) : "";
      return time.date().format(DAY) + last + " (all day, " + time.zone().getId() + ")";
    }
    String start = TimeFormat.DATE_TIME_LONG.format(time.startInstant());
    return time.end()
        .map(
            end ->
                start
                    + " – "
                    + (end.toLocalDate().equals(time.start().toLocalDate())
                        ? TimeFormat.TIME_SHORT.format(end.toInstant())
                        : TimeFormat.DATE_TIME_LONG.format(end.toInstant())))
        .orElse(start);
  }

  /** {@code <t:…:R>}: "in 3 days", "2 hours ago". */
  static String relative(EventTime time) {
    return TimeFormat.RELATIVE.format(time.startInstant());
  }

  /** Both, the way the embeds show them. */
  static String full(EventTime time) {
    return when(time) + "\n" + relative(time);
  }
}
