package webinarbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webinarbot.domain.Durations;

/**
 * Converts raw configuration values to typed ones. Each method throws {@link
 * IllegalArgumentException} with a message that completes "KEY: …".
 */
final class Conversions {
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "MON", DayOfWeek.MONDAY,
          "TUE", DayOfWeek.TUESDAY,
          "WED", DayOfWeek.WEDNESDAY,
          "THU", DayOfWeek.THURSDAY,
          "FRI", DayOfWeek.FRIDAY,
          "SAT", DayOfWeek.SATURDAY,
          "SUN", DayOfWeek.SUNDAY);

  private Conversions() {}

  static String string(Object raw) {
    if (raw instanceof String s) {
      return s.strip();
    }
    if (raw instanceof Long || raw instanceof Boolean || raw instanceof Double) {
      return raw.toString();
    }
    throw new IllegalArgumentException("expected a string, found " + describe(raw));
  }

  static List<String> list(Object raw) {
    List<String> out = new ArrayList<>();
    if (raw instanceof List<?> l) {
      for (Object o : l) {
        out.add(string(o));
      }
    } else if (raw instanceof String s) {
      for (String part : s.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    } else {
      throw new IllegalArgumentException("expected a list of strings, found " + describe(raw));
    }
    return out.stream().filter(x -> !x.isEmpty()).toList();
  }

  static boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    String s = string(raw).toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("\"" + s + "\" is not true or false");
    };
  }

  static int port(Object raw) {
    String s = string(raw);
    try {
      int p = Integer.parseInt(s);
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException(p + " is not a port number (0-65535)");
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a port number (0-65535)", e);
    }
  }

  /** A whole number, 0 or more. */
  static int count(Object raw) {
    String s = string(raw);
    try {
      int n = Integer.parseInt(s);
      if (n < 0) {
        throw new IllegalArgumentException(n + " is negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a whole number", e);
    }
  }

  static ZoneId zone(Object raw) {
    String s = string(raw);
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "\"" + s + "\" is not an IANA time zone such as \"Europe/Brussels\"", e);
    }
  }

  static List<ZoneId> zones(Object raw) {
    return list(raw).stream().map(Conversions::zone).toList();
  }

  static Duration duration(Object raw) {
    String s = string(raw);
    return Durations.parse(s)
        .orElseThrow(
            () ->
                new IllegalArgumentException("\"" + s + "\" is not a duration such as 30m or 1d"));
  }

  static Duration positiveDuration(Object raw) {
    Duration d = duration(raw);
    if (d.isZero()) {
      throw new IllegalArgumentException("must be longer than 0s");
    }
    return d;
  }

  static List<Duration> durations(Object raw) {
    List<Duration> out = new ArrayList<>();
    for (String s : list(raw)) {
      out.add(duration(s));
    }
    if (out.stream().distinct().count() != out.size()) {
      throw new IllegalArgumentException("lists the same reminder twice");
    }
    out.sort((a, b) -> b.compareTo(a));
    return out;
  }

  static LocalTime time(Object raw) {
    String s = string(raw);
    try {
      return LocalTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a time such as 09:00", e);
    }
  }

  static Settings.WeeklyTime weekly(Object raw) {
    String s = string(raw);
    String[] parts = s.toUpperCase(Locale.ROOT).split("\\s+");
    DayOfWeek day =
        parts.length == 2 ? DAYS.get(parts[0].substring(0, Math.min(3, parts[0].length()))) : null;
    IllegalArgumentException notWeekly =
        new IllegalArgumentException(
            "\"" + s + "\" is not a day and a 24-hour time such as \"MON 09:00\"");
    if (day == null) {
      throw notWeekly;
    }
    try {
      return new Settings.WeeklyTime(day, LocalTime.parse(parts[1]));
    } catch (DateTimeParseException e) {
      // Quote what the user wrote ("Monday 9am"), not the upper-cased part that failed.
      notWeekly.initCause(e);
      throw notWeekly;
    }
  }

  static URI httpUrl(Object raw, boolean websocket) {
    String s = string(raw);
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      boolean ok =
          websocket
              ? scheme.equals("ws") || scheme.equals("wss")
              : scheme.equals("http") || scheme.equals("https");
      if (!ok || u.getHost() == null) {
        throw new IllegalArgumentException(
            "\""
                + s
                + "\" is not an absolute "
                + (websocket ? "ws:// or wss://" : "http(s)")
                + " URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a URL", e);
    }
  }

  /** An API prefix: always ends in "/" so relative method names resolve under it. */
  static URI apiPrefix(Object raw) {
    URI u = httpUrl(raw, false);
    return u.toString().endsWith("/") ? u : URI.create(u + "/");
  }

  /**
   * Where the bot's own web server is reached from outside ({@code http.public_url}): an absolute
   * http(s) URL without query or fragment, made to end in "/" so paths resolve under it.
   */
  static URI publicUrl(Object raw) {
    URI u = apiPrefix(raw);
    if (u.getRawQuery() != null || u.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "\"" + string(raw) + "\" must not have a query (?…) or a fragment (#…)");
    }
    return u;
  }

  static Path path(Object raw) {
    String s = string(raw);
    if (s.isEmpty()) {
      throw new IllegalArgumentException("is empty");
    }
    return Path.of(s);
  }

  static String jdbcUrl(Object raw) {
    String s = string(raw);
    if (!s.startsWith("jdbc:h2:") && !s.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "\"" + s + "\" is neither an H2 (jdbc:h2:…) nor a PostgreSQL (jdbc:postgresql:…) URL");
    }
    return s;
  }

  static String logLevel(Object raw) {
    String s = string(raw).toUpperCase(Locale.ROOT);
    if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR").contains(s)) {
      throw new IllegalArgumentException(
          "\"" + s + "\" is not one of trace, debug, info, warn, error");
    }
    return s;
  }

  static String logFormat(Object raw) {
    String s = string(raw).toLowerCase(Locale.ROOT);
    if (!s.equals("text") && !s.equals("json")) {
      throw new IllegalArgumentException("\"" + s + "\" is not text or json");
    }
    return s;
  }

  private static String describe(Object raw) {
    if (raw instanceof List) {
      return "a list";
    }
    if (raw instanceof Map || raw instanceof org.tomlj.TomlTable) {
      return "a table";
    }
    return raw == null ? "nothing" : raw.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }
}
