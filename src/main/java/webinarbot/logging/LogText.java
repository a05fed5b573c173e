package webinarbot.logging;

/**
 * Makes text safe to put in a log line. Clients choose some of what the bot logs (a header, a
 * command's words, a library's error about their request); a CR or LF in it would start a second,
 * forged log line, and other control characters can rewrite a terminal. Every C0 and C1 control
 * character, DEL and the Unicode line and paragraph separators become visible escapes ({@code \n},
 * {@code \r}, {@code \t}, {@code \u001b}), so one event is always one line, whatever it quotes.
 */
public final class LogText {
  private LogText() {}

  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
