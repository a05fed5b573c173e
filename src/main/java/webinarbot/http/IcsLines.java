package webinarbot.http;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 asks: ical4j folds at 75 characters,
 * which is too long for lines with accents, dashes or curly quotes. Never splits a character (or a
 * surrogate pair) across lines.
 */
final class IcsLines {
  static final int LIMIT = 75;
  private static final String CRLF = "\r\n";

  private IcsLines() {}

  /**
   * @param unfolded content lines separated by CRLF, none folded yet
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    for (String line : unfolded.split(CRLF)) {
      foldLine(line, out);
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > LIMIT) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
  }
}
