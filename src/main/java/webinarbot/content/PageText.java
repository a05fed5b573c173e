package webinarbot.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A page's bytes as text: UTF-8 with or without BOM, line endings normalised to LF. */
final class PageText {
  private PageText() {}

  static String decode(byte[] bytes, Problems problems) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.UTF_8);
      int line = lineOfReplacement(text);
      problems.warning(line, 1, "", "file is not valid UTF-8; bad bytes shown as \uFFFD");
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
