package webinarbot.content;

import java.util.Optional;

/** Finds backslash-u and backslash-U escapes without their 4 or 8 hex digits in TOML text. */
final class UnicodeEscapes {
  private UnicodeEscapes() {}

  /** The 1-based line and column of the first malformed escape's backslash, if any. */
  static Optional<int[]> firstMalformed(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++, column++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 0;
      } else if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        int digits = next == 'u' ? 4 : next == 'U' ? 8 : 0;
        if (digits > 0 && !hexDigits(text, i + 2, digits)) {
          return Optional.of(new int[] {line, column});
        }
        // An escaped character, a backslash included, is never the start of another escape.
        i++;
        column++;
      }
    }
    return Optional.empty();
  }

  private static boolean hexDigits(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
