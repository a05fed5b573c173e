package webinarbot.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what people write after a time into a zone. An abbreviation names a region with its
 * daylight-saving rules, never a fixed offset: "PST" in July is read as Los Angeles time.
 */
public final class ZoneNames {
  /** Whether an abbreviation claims standard time, daylight time, or neither. */
  public enum Season {
    STANDARD,
    DAYLIGHT,
    ANY
  }

  /** A zone as written: the region it names and the season the writer claimed. */
  public record WrittenZone(String written, ZoneId zone, Season season) {
    /** The abbreviation that actually applies at {@code instant}, if this one is wrong then. */
    public Optional<String> mismatchAt(Instant instant) {
      if (season == Season.ANY) {
        return Optional.empty();
      }
      boolean daylight = zone.getRules().isDaylightSavings(instant);
      if (daylight == (season == Season.DAYLIGHT)) {
        return Optional.empty();
      }
      return Optional.ofNullable(COUNTERPART.get(written.toUpperCase(Locale.ROOT)));
    }
  }

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static final Map<String, WrittenZone> ABBREVIATIONS =
      Map.ofEntries(
          entry("PST", LA, Season.STANDARD),
          entry("PDT", LA, Season.DAYLIGHT),
          entry("PT", LA, Season.ANY),
          entry("EST", NY, Season.STANDARD),
          entry("EDT", NY, Season.DAYLIGHT),
          entry("ET", NY, Season.ANY),
          entry("CST", CHICAGO, Season.STANDARD),
          entry("CDT", CHICAGO, Season.DAYLIGHT),
          entry("CT", CHICAGO, Season.ANY),
          entry("MST", DENVER, Season.STANDARD),
          entry("MDT", DENVER, Season.DAYLIGHT),
          entry("MT", DENVER, Season.ANY),
          entry("CET", BRUSSELS, Season.STANDARD),
          entry("CEST", BRUSSELS, Season.DAYLIGHT),
          entry("GMT", UTC, Season.ANY),
          entry("UTC", UTC, Season.ANY),
          entry("Z", UTC, Season.ANY),
          entry("BST", LONDON, Season.DAYLIGHT),
          entry("JST", TOKYO, Season.ANY),
          entry("AEST", SYDNEY, Season.STANDARD),
          entry("AEDT", SYDNEY, Season.DAYLIGHT));

  private static final Map<String, String> COUNTERPART =
      Map.ofEntries(
          Map.entry("PST", "PDT"),
          Map.entry("PDT", "PST"),
          Map.entry("EST", "EDT"),
          Map.entry("EDT", "EST"),
          Map.entry("CST", "CDT"),
          Map.entry("CDT", "CST"),
          Map.entry("MST", "MDT"),
          Map.entry("MDT", "MST"),
          Map.entry("CET", "CEST"),
          Map.entry("CEST", "CET"),
          Map.entry("BST", "GMT"),
          Map.entry("AEST", "AEDT"),
          Map.entry("AEDT", "AEST"));

  private static final Pattern OFFSET =
      Pattern.compile("(?i)(?:UTC|GMT)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");

  private ZoneNames() {}

  private static Map.Entry<String, WrittenZone> entry(String name, ZoneId zone, Season season) {
    return Map.entry(name, new WrittenZone(name, zone, season));
  }

  /**
   * Reads an abbreviation (case-insensitive), an IANA id, or an offset such as {@code UTC+2}. Empty
   * when the text names no zone this reader knows.
   */
  public static Optional<WrittenZone> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    WrittenZone abbreviation = ABBREVIATIONS.get(t.toUpperCase(Locale.ROOT));
    if (abbreviation != null) {
      return Optional.of(new WrittenZone(t, abbreviation.zone(), abbreviation.season()));
    }
    Matcher m = OFFSET.matcher(t);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      try {
        return Optional.of(
            new WrittenZone(
                t, ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), Season.ANY));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    if (t.contains("/") || t.equals("UTC")) {
      try {
        return Optional.of(new WrittenZone(t, ZoneId.of(t), Season.ANY));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** True when {@code text} is a plain IANA region id rather than an abbreviation or offset. */
  public static boolean isRegionId(String text) {
    return text.contains("/") && parse(text).isPresent();
  }
}
