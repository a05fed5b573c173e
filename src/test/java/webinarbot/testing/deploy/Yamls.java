package webinarbot.testing.deploy;

import java.util.List;
import java.util.Map;

/** Typed steps into parsed YAML, failing with the path that was expected. */
public final class Yamls {
  private Yamls() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node, String where) {
    if (!(node instanceof Map)) {
      throw new AssertionError(where + ": expected a mapping, found " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object node, String where) {
    if (!(node instanceof List)) {
      throw new AssertionError(where + ": expected a list, found " + node);
    }
    return (List<Object>) node;
  }

  /** {@code at(doc, "spec", "template", "spec")}: the node at that path. */
  public static Object at(Object node, Object... path) {
    Object current = node;
    StringBuilder where = new StringBuilder();
    for (Object step : path) {
      where.append('.').append(step);
      if (step instanceof Integer i) {
        List<Object> l = list(current, where.toString());
        if (i >= l.size()) {
          throw new AssertionError(where + ": no item " + i);
        }
        current = l.get(i);
      } else {
        Map<String, Object> m = map(current, where.toString());
        if (!m.containsKey(step)) {
          throw new AssertionError(where + ": missing");
        }
        current = m.get(step);
      }
    }
    return current;
  }

  public static Map<String, Object> mapAt(Object node, Object... path) {
    return map(
        at(node, path), String.join(".", List.of(path).stream().map(String::valueOf).toList()));
  }

  public static List<Object> listAt(Object node, Object... path) {
    return list(
        at(node, path), String.join(".", List.of(path).stream().map(String::valueOf).toList()));
  }

  public static String stringAt(Object node, Object... path) {
    return String.valueOf(at(node, path));
  }
}
