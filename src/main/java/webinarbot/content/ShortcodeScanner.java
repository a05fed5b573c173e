package webinarbot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds shortcode tags in a body, with their arguments and file positions. */
final class ShortcodeScanner {
  private static final Pattern TAG =
      Pattern.compile(
          "\\{\\{([<%])\\s*(/?)\\s*([A-Za-z0-9_.-]+)((?:[^}]|\\}(?!\\}))*?)\\s*/?\\s*[>%]\\}\\}");
  private static final Pattern ARG =
      Pattern.compile(
          "\\s*(?:([A-Za-z0-9_-]+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|“([^”]*)”|`([^`]*)`|'([^']*)'|([^\\s\"'`]+))");

  private ShortcodeScanner() {}

  /**
   * @param bodyFirstLine the file line of the body's first character
   */
  static List<Shortcode> scan(String body, int bodyFirstLine, Problems problems) {
    List<Shortcode> found = new ArrayList<>();
    Lines lines = new Lines(body, bodyFirstLine);
    Matcher m = TAG.matcher(body);
    int searchFrom = 0;
    while (m.find(searchFrom)) {
      String rawArgs = m.group(4);
      Map<String, String> named = new LinkedHashMap<>();
      List<String> positional = new ArrayList<>();
      int line = lines.lineOf(m.start());
      int column = lines.columnOf(m.start());
      parseArgs(rawArgs, named, positional, line, column, problems);
      found.add(
          new Shortcode(
              m.group(3).toLowerCase(Locale.ROOT),
              !m.group(2).isEmpty(),
              named,
              positional,
              line,
              column,
              m.start(),
              m.end()));
      searchFrom = m.end();
    }
    reportUnclosedTags(body, found, lines, problems);
    return found;
  }

  private static void parseArgs(
      String raw,
      Map<String, String> named,
      List<String> positional,
      int line,
      int column,
      Problems problems) {
    Matcher a = ARG.matcher(raw);
    int at = 0;
    while (at < raw.length() && a.find(at) && a.start() == at) {
      String value = firstNonNull(a.group(2), a.group(3), a.group(4), a.group(5), a.group(6));
      if (a.group(2) != null) {
        value = value.replace("\\\"", "\"");
      }
      if (a.group(1) != null) {
        named.put(a.group(1).toLowerCase(Locale.ROOT), value);
      } else {
        positional.add(value);
      }
      at = a.end();
    }
    if (!raw.substring(at).isBlank()) {
      problems.warning(
          line,
          column,
          "",
          "cannot read shortcode arguments near \"" + raw.substring(at).strip() + "\"");
    }
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** A "{{<" that no tag pattern matched is almost always a typo; say where. */
  private static void reportUnclosedTags(
      String body, List<Shortcode> found, Lines lines, Problems problems) {
    int from = 0;
    while (true) {
      int at = indexOfOpening(body, from);
      if (at < 0) {
        return;
      }
      int tagStart = at;
      boolean matched = found.stream().anyMatch(s -> s.start() == tagStart);
      if (!matched) {
        problems.warning(
            lines.lineOf(at),
            lines.columnOf(at),
            "",
            "\""
                + body.substring(at, Math.min(body.length(), at + 3))
                + "\" starts a shortcode that is never closed with >}} or %}}; left as text");
      }
      from = at + 3;
    }
  }

  private static int indexOfOpening(String body, int from) {
    int a = body.indexOf("{{<", from);
    int b = body.indexOf("{{%", from);
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}
