package webinarbot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fast reader for the TOML Hugo site configurations are mostly written in: {@link FlatToml}'s
 * {@code key = value} lines under {@code [table]} and {@code [[array.of.tables]]} headers. Anything
 * else (dotted or quoted keys, inline tables, multi-line values) makes it give up, and tomlj reads
 * the file; a property test holds it to tomlj's results. tomlj's parser took 75-95 ms of a 25-page
 * lint to read a site's config.toml.
 */
final class TomlTables {
  private TomlTables() {}

  static Optional<Map<String, Object>> read(String text) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> table = root;
    List<String> defined = new ArrayList<>();
    int line = 0;
    int pos = 0;
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    while (pos <= t.length()) {
      int end = t.indexOf('\n', pos);
      String l = end < 0 ? t.substring(pos) : t.substring(pos, end);
      if (l.endsWith("\r")) {
        l = l.substring(0, l.length() - 1);
      }
      line++;
      if (!FlatToml.blankOrComment(l)) {
        String s = l.strip();
        if (s.startsWith("[")) {
          Optional<Map<String, Object>> next = header(root, s, defined);
          if (next.isEmpty()) {
            return Optional.empty();
          }
          table = next.get();
        } else {
          Field f = FlatToml.keyValue(l, line);
          if (f == null || table.containsKey(f.key())) {
            return Optional.empty();
          }
          table.put(f.key(), f.value());
        }
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
    }
    return Optional.of(root);
  }

  /** The table a {@code [a.b]} or {@code [[a.b]]} header opens, or empty if unsure. */
  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> header(
      Map<String, Object> root, String s, List<String> defined) {
    boolean array = s.startsWith("[[");
    int close = array ? s.indexOf("]]") : s.indexOf(']');
    if (close < 0 || !FlatToml.rest(s, close + (array ? 2 : 1))) {
      return Optional.empty();
    }
    String path = s.substring(array ? 2 : 1, close).strip();
    String[] parts = path.split("\\.", -1);
    for (String p : parts) {
      if (p.isEmpty() || !p.chars().allMatch(TomlTables::bareKeyChar)) {
        return Optional.empty();
      }
    }
    if (!array) {
      if (defined.contains(path)) {
        return Optional.empty();
      }
      defined.add(path);
    }
    Map<String, Object> at = root;
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      Object v = at.get(parts[i]);
      if (last && array) {
        List<Object> list;
        if (v == null) {
          list = new ArrayOfTables();
          at.put(parts[i], list);
        } else if (v instanceof ArrayOfTables a) {
          list = a;
        } else {
          return Optional.empty();
        }
        Map<String, Object> element = new LinkedHashMap<>();
        list.add(element);
        return Optional.of(element);
      }
      if (v == null) {
        Map<String, Object> m = new LinkedHashMap<>();
        at.put(parts[i], m);
        at = m;
      } else if (v instanceof ArrayOfTables a && !last) {
        at = (Map<String, Object>) a.get(a.size() - 1);
      } else if (v instanceof Map<?, ?> m) {
        at = (Map<String, Object>) m;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  /** A list made by [[headers]], told apart from an array value written with = [...]. */
  private static final class ArrayOfTables extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  private static boolean bareKeyChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }
}
