package webinarbot.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fast reader for the flat TOML almost every page uses: {@code key = "string"}, integers,
 * booleans, dates and one-line arrays of strings. Anything else, and anything it is not sure of,
 * makes it give up, and tomlj reads the page instead; a property test holds it to tomlj's results.
 * It exists because tomlj's parser is most of the cost of linting 10,000 pages.
 */
final class FlatToml {
  private FlatToml() {}

  /**
   * @return the fields with lines relative to the text (1-based), or empty to let tomlj decide
   */
  static Optional<List<Field>> read(String text) {
    List<Field> fields = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int line = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      line++;
      if (!blankOrComment(l)) {
        Field f = keyValue(l, line);
        if (f == null || !keys.add(f.key())) {
          return Optional.empty();
        }
        fields.add(f);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
    }
    return Optional.of(fields);
  }

  static boolean blankOrComment(String l) {
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '#') {
        return rest(l, i);
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  static Field keyValue(String l, int line) {
    int i = 0;
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    int keyStart = i;
    while (i < l.length() && bareKeyChar(l.charAt(i))) {
      i++;
    }
    if (i == keyStart) {
      return null;
    }
    String key = l.substring(keyStart, i);
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    if (i >= l.length() || l.charAt(i) != '=') {
      return null;
    }
    i++;
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    Parsed v = value(l, i);
    if (v == null || !rest(l, v.end())) {
      return null;
    }
    return new Field(key, v.value(), line, keyStart + 1);
  }

  private static boolean bareKeyChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }

  /** Only spaces, tabs or a comment of printable characters may follow a value. */
  static boolean rest(String l, int from) {
    for (int i = from; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '#') {
        for (int j = i + 1; j < l.length(); j++) {
          char d = l.charAt(j);
          if ((d < 0x20 && d != '\t') || d == 0x7f || Character.isSurrogate(d)) {
            return false;
          }
        }
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private record Parsed(Object value, int end) {}

  private static Parsed value(String l, int i) {
    if (i >= l.length()) {
      return null;
    }
    char c = l.charAt(i);
    if (c == '"') {
      return basicString(l, i);
    }
    if (c == '\'') {
      return literalString(l, i);
    }
    if (c == '[') {
      return array(l, i);
    }
    if (l.startsWith("true", i)) {
      return new Parsed(true, i + 4);
    }
    if (l.startsWith("false", i)) {
      return new Parsed(false, i + 5);
    }
    if (c >= '0' && c <= '9') {
      return dateOrInteger(l, i);
    }
    return null;
  }

  private static Parsed basicString(String l, int start) {
    if (l.startsWith("\"\"\"", start)) {
      return null;
    }
    int plainEnd = start + 1;
    while (plainEnd < l.length() && l.charAt(plainEnd) != '"' && l.charAt(plainEnd) != '\\') {
      if (!plainChar(l.charAt(plainEnd))) {
        return null;
      }
      plainEnd++;
    }
    if (plainEnd < l.length() && l.charAt(plainEnd) == '"') {
      return new Parsed(l.substring(start + 1, plainEnd), plainEnd + 1);
    }
    StringBuilder b = new StringBuilder(l.substring(start + 1, Math.min(plainEnd, l.length())));
    int i = plainEnd;
    while (i < l.length()) {
      char c = l.charAt(i);
      if (c == '"') {
        return new Parsed(b.toString(), i + 1);
      }
      if (c == '\\') {
        if (i + 1 >= l.length()) {
          return null;
        }
        char e = l.charAt(i + 1);
        switch (e) {
          case '"' -> b.append('"');
          case '\\' -> b.append('\\');
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          default -> {
            return null;
          }
        }
        i += 2;
        continue;
      }
      if (!plainChar(c)) {
        return null;
      }
      b.append(c);
      i++;
    }
    return null;
  }

  private static Parsed literalString(String l, int start) {
    if (l.startsWith("'''", start)) {
      return null;
    }
    for (int i = start + 1; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '\'') {
        return new Parsed(l.substring(start + 1, i), i + 1);
      }
      if (!plainChar(c)) {
        return null;
      }
    }
    return null;
  }

  /** Characters a one-line string may hold as they are; the rest is left to tomlj. */
  private static boolean plainChar(char c) {
    return (c >= 0x20 || c == '\t') && c != 0x7f && !Character.isSurrogate(c);
  }

  private static Parsed array(String l, int start) {
    List<Object> items = new ArrayList<>();
    int i = start + 1;
    while (true) {
      i = skipSpaces(l, i);
      if (i >= l.length()) {
        return null;
      }
      if (l.charAt(i) == ']') {
        return new Parsed(items, i + 1);
      }
      char c = l.charAt(i);
      Parsed item = c == '"' ? basicString(l, i) : c == '\'' ? literalString(l, i) : null;
      if (item == null) {
        return null;
      }
      items.add(item.value());
      i = skipSpaces(l, item.end());
      if (i < l.length() && l.charAt(i) == ',') {
        i++;
      } else if (i >= l.length() || l.charAt(i) != ']') {
        return null;
      }
    }
  }

  private static int skipSpaces(String l, int i) {
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static Parsed dateOrInteger(String l, int i) {
    int end = i;
    while (end < l.length() && l.charAt(end) >= '0' && l.charAt(end) <= '9') {
      end++;
    }
    boolean dateShape =
        end - i == 4 && end + 6 <= l.length() && l.charAt(end) == '-' && l.charAt(end + 3) == '-';
    if (dateShape) {
      int dateEnd = end + 6;
      if (dateEnd < l.length()
          && !(l.charAt(dateEnd) == ' ' || l.charAt(dateEnd) == '\t' || l.charAt(dateEnd) == '#')) {
        return null;
      }
      return IsoDay.parse(l, i).map(d -> new Parsed(d, dateEnd)).orElse(null);
    }
    if (end < l.length()
        && !(l.charAt(end) == ' ' || l.charAt(end) == '\t' || l.charAt(end) == '#')) {
      return null;
    }
    if (end - i > 18 || (l.charAt(i) == '0' && end - i > 1)) {
      return null;
    }
    return new Parsed(Long.parseLong(l.substring(i, end)), end);
  }
}
