package webinarbot.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short durations as people write them in configuration: {@code 7d}, {@code 1h}, {@code 30m}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+)\\s*([wdhms])");

  private Durations() {}

  /** Reads {@code 7d}, {@code 1h30m}, {@code 0m}, {@code 45s}, {@code 2w}; empty otherwise. */
  public static Optional<Duration> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int at = 0;
    while (m.find()) {
      if (m.start() != at) {
        return Optional.empty();
      }
      long n;
      try {
        n = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      total =
          total.plus(
              switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
              });
      at = m.end();
    }
    return at == t.length() && at > 0 ? Optional.of(total) : Optional.empty();
  }

  /** The shortest form {@link #parse} reads back: {@code 7d}, {@code 1h30m}, {@code 0m}. */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0m";
    }
    StringBuilder b = new StringBuilder();
    long days = d.toDays();
    if (days > 0) {
      b.append(days).append('d');
    }
    if (d.toHoursPart() > 0) {
      b.append(d.toHoursPart()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      b.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0) {
      b.append(d.toSecondsPart()).append('s');
    }
    return b.toString();
  }

  /** Human words for a lead time: "7 days", "1 hour", "30 minutes". */
  public static String words(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return plural(d.toDays(), "day");
    }
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return plural(d.toHours(), "hour");
    }
    if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes()))) {
      return plural(d.toMinutes(), "minute");
    }
    return format(d);
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
