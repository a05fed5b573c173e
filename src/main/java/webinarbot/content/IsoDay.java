package webinarbot.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads {@code YYYY-MM-DD} by hand: {@code LocalDate.parse} goes through the formatter machinery,
 * which showed up as a hot spot when linting large sites.
 */
final class IsoDay {
  private IsoDay() {}

  /** The date in {@code s[from, from + 10)}, or empty if it is not exactly a valid one. */
  static Optional<LocalDate> parse(CharSequence s, int from) {
    if (from + 10 > s.length() || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return Optional.empty();
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digits(CharSequence s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
