package webinarbot.delivery;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import webinarbot.domain.EventTime;

/**
 * Times as plain text, for fallbacks where a platform cannot localise: the webinar's own zone with
 * its offset, so any reader can convert.
 */
public final class WebinarTimes {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private WebinarTimes() {}

  /** "Friday 15 October 2021, 11:55–12:30 America/Los_Angeles (UTC-07:00)". */
  public static String describe(EventTime t) {
    if (t.allDay()) {
      String last = t.end().isPresent() ? " – " + DAY.format(t.lastDay()) : "";
      return DAY.format(t.start()) + last + " (all day, " + t.zone().getId() + ")";
    }
    ZonedDateTime s = t.start();
    String range =
        HM.format(s) + t.end().map(e -> "–" + HM.format(e) + sameDaySuffix(s, e)).orElse("");
    return DAY.format(s) + ", " + range + " " + t.zone().getId() + " (UTC" + offset(s) + ")";
  }

  private static String sameDaySuffix(ZonedDateTime s, ZonedDateTime e) {
    return s.toLocalDate().equals(e.toLocalDate()) ? "" : " (+1 day)";
  }

  private static String offset(ZonedDateTime s) {
    String id = s.getOffset().getId();
    return id.equals("Z") ? "+00:00" : id;
  }
}
