package webinarbot.content;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A talk's length as pages write it: {@code 90 minutes}, {@code 1h30m}, {@code 1 hour and 30 min},
 * {@code 2 hours}, {@code 1.5 hours}, {@code 1 day}, {@code 1:30}, ISO-8601 {@code PT1H30M}, or a
 * number of minutes.
 */
final class DurationText {
  private static final Pattern PART =
      Pattern.compile(
          "(\\d+(?:[.,]\\d+)?)\\s*(weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])\\s*(?:,|and)?\\s*");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})");

  private DurationText() {}

  /** The length, or empty if the text is not one (or not positive). */
  static Optional<Duration> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.startsWith("p")) {
      try {
        return positive(Duration.parse(t.toUpperCase(Locale.ROOT)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher clock = CLOCK.matcher(t);
    if (clock.matches()) {
      int minutes = Integer.parseInt(clock.group(2));
      if (minutes > 59) {
        return Optional.empty();
      }
      return positive(Duration.ofHours(Long.parseLong(clock.group(1))).plusMinutes(minutes));
    }
    if (t.matches("\\d{1,4}")) {
      return positive(Duration.ofMinutes(Long.parseLong(t)));
    }
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int at = 0;
    while (at < t.length() && m.find(at) && m.start() == at) {
      double n = Double.parseDouble(m.group(1).replace(',', '.'));
      long seconds = Math.round(n * unitSeconds(m.group(2)));
      total = total.plusSeconds(seconds);
      at = m.end();
    }
    return at == t.length() ? positive(total) : Optional.empty();
  }

  private static long unitSeconds(String unit) {
    return switch (unit.charAt(0)) {
      case 'w' -> 7 * 86_400L;
      case 'd' -> 86_400L;
      case 'h' -> 3_600L;
      case 'm' -> 60L;
      default -> 1L;
    };
  }

  private static Optional<Duration> positive(Duration d) {
    return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
  }
}
