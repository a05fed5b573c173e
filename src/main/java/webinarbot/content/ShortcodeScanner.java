package webinarbot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds shortcode tags in a body, with their arguments and file positions. Hand-written rather than
 * a regular expression: it is the hottest loop of {@code lint} over a large site, and it must not
 * be fooled by {@code >}}} inside a quoted argument.
 */
final class ShortcodeScanner {
  private ShortcodeScanner() {}

  /**
   * @param bodyFirstLine the file line of the body's first character
   */
  static List<Shortcode> scan(String body, int bodyFirstLine, Problems problems) {
    List<Shortcode> found = new ArrayList<>();
    Lines lines = new Lines(body, bodyFirstLine);
    int from = 0;
    while (true) {
      int open = body.indexOf("{{", from);
      if (open < 0 || open + 2 >= body.length()) {
        return found;
      }
      char kind = body.charAt(open + 2);
      if (kind != '<' && kind != '%') {
        from = open + 2;
        continue;
      }
      int end = closingBraces(body, open + 3, kind);
      if (end < 0) {
        problems.warning(
            lines.lineOf(open),
            lines.columnOf(open),
            "",
            "\"{{"
                + kind
                + "\" starts a shortcode that is never closed with "
                + kind
                + "}}; left as text");
        from = open + 3;
        continue;
      }
      Shortcode tag = tag(body, open, end, lines, problems);
      if (tag != null) {
        found.add(tag);
      } else {
        problems.warning(
            lines.lineOf(open), lines.columnOf(open), "", "shortcode without a name; left as text");
      }
      from = end;
    }
  }

  /** The offset just past the {@code >}}} or {@code %}}} closing a tag, skipping quoted text. */
  private static int closingBraces(String body, int from, char kind) {
    char close = kind == '<' ? '>' : '%';
    char quote = 0;
    for (int i = from; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if (c == close && body.startsWith("}}", i + 1)) {
        return i + 3;
      } else if (c == '{'
          && body.startsWith("{{", i)
          && i + 2 < body.length()
          && (body.charAt(i + 2) == '<' || body.charAt(i + 2) == '%')) {
        return -1;
      }
    }
    return -1;
  }

  private static Shortcode tag(String body, int open, int end, Lines lines, Problems problems) {
    int i = skipSpaces(body, open + 3, end);
    boolean closing = i < end && body.charAt(i) == '/';
    if (closing) {
      i = skipSpaces(body, i + 1, end);
    }
    int nameStart = i;
    while (i < end && nameChar(body.charAt(i))) {
      i++;
    }
    if (i == nameStart) {
      return null;
    }
    String name = body.substring(nameStart, i).toLowerCase(Locale.ROOT);
    int argsEnd = end - 3;
    if (argsEnd > i && body.charAt(argsEnd - 1) == '/') {
      argsEnd--;
    }
    Map<String, String> named = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    new Arguments(body, i, Math.max(i, argsEnd)).read(named, positional, lines, open, problems);
    return new Shortcode(name, closing, named, positional, lines, open, end);
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  static int skipSpaces(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The {@code key="value"} and positional arguments of one tag. */
  private record Arguments(String text, int from, int to) {
    void read(
        Map<String, String> named,
        List<String> positional,
        Lines lines,
        int tagStart,
        Problems problems) {
      int i = skipSpaces(text, from, to);
      while (i < to) {
        int keyEnd = i;
        while (keyEnd < to
            && (Character.isLetterOrDigit(text.charAt(keyEnd))
                || text.charAt(keyEnd) == '_'
                || text.charAt(keyEnd) == '-')) {
          keyEnd++;
        }
        int eq = skipSpaces(text, keyEnd, to);
        String key = null;
        int valueStart = i;
        if (keyEnd > i && eq < to && text.charAt(eq) == '=') {
          key = text.substring(i, keyEnd).toLowerCase(Locale.ROOT);
          valueStart = skipSpaces(text, eq + 1, to);
        }
        int[] next = new int[1];
        String value = value(valueStart, next);
        if (value == null) {
          problems.warning(
              lines.lineOf(tagStart),
              lines.columnOf(tagStart),
              "",
              "cannot read shortcode arguments near \"" + text.substring(i, to).strip() + "\"");
          return;
        }
        if (key != null) {
          named.put(key, value);
        } else {
          positional.add(value);
        }
        i = skipSpaces(text, next[0], to);
      }
    }

    /** A quoted or bare value starting at {@code i}; its end goes to {@code next[0]}. */
    private String value(int i, int[] next) {
      if (i >= to) {
        return null;
      }
      char c = text.charAt(i);
      char close = c == '"' ? '"' : c == '`' ? '`' : c == '\'' ? '\'' : c == '“' ? '”' : 0;
      if (close == 0) {
        int e = i;
        while (e < to && !Character.isWhitespace(text.charAt(e))) {
          e++;
        }
        next[0] = e;
        return text.substring(i, e);
      }
      StringBuilder b = new StringBuilder();
      for (int j = i + 1; j < to; j++) {
        char d = text.charAt(j);
        if (d == '\\' && close == '"' && j + 1 < to && text.charAt(j + 1) == '"') {
          b.append('"');
          j++;
        } else if (d == close) {
          next[0] = j + 1;
          return b.toString();
        } else {
          b.append(d);
        }
      }
      return null;
    }
  }
}
