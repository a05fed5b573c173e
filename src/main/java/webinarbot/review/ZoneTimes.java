package webinarbot.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An instant as a reader in one zone reads it: "Thu 2026-12-03 09:00". */
final class ZoneTimes {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ENGLISH);

  private ZoneTimes() {}

  static String in(Instant at, ZoneId zone) {
    return FORMAT.format(at.atZone(zone));
  }

  static String utc(Instant at) {
    return in(at, ZoneId.of("UTC")) + " UTC";
  }
}
