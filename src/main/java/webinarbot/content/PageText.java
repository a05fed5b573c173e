package webinarbot.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A page's bytes as text: UTF-8 with or without BOM, line endings normalised to LF. */
final class PageText {
  private PageText() {}

  static String decode(byte[] bytes, Problems problems) {
    // The String constructor's ASCII fast path is far quicker than a CharsetDecoder; invalid
    // bytes come out as U+FFFD, which is then told apart from a U+FFFD written on purpose.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0
        && !Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      problems.warning(
          lineOfReplacement(text), 1, "", "file is not valid UTF-8; bad bytes shown as \uFFFD");
    }
    return normalise(text);
  }

  static String normalise(String text) {
    String t = text;
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1);
    }
    if (t.indexOf('\r') >= 0) {
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    return t;
  }

  private static int lineOfReplacement(String text) {
    int at = text.indexOf('\uFFFD');
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
