package webinarbot.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A page's front matter keys, case-insensitive as in Hugo, with their positions. {@code
 * publishDate} and {@code publishdate} are the same key.
 */
final class Fields {
  private final Map<String, Field> byKey = new LinkedHashMap<>();
  private final java.util.Set<String> cascaded = new java.util.HashSet<>();
  private final int fallbackLine;

  Fields(int fallbackLine) {
    this.fallbackLine = fallbackLine;
  }

  /** Adds a field; a second one with the same key (ignoring case) is reported and ignored. */
  void add(Field field, Problems problems) {
    String key = field.key().toLowerCase(Locale.ROOT);
    Field earlier = byKey.putIfAbsent(key, field);
    if (earlier != null) {
      problems.warning(
          field.line(),
          field.column(),
          field.key(),
          field.key() + " is set twice; the value on line " + earlier.line() + " is used");
    }
  }

  /** A key already in lower case, as the schema's are: no copy, no check. */
  Optional<Field> getLower(String key) {
    Field top = byKey.get(key);
    if (top != null || key.indexOf('.') < 0) {
      return Optional.ofNullable(top);
    }
    return nested(key);
  }

  Optional<Field> get(String key) {
    Field top = byKey.get(lower(key));
    if (top != null || key.indexOf('.') < 0) {
      return Optional.ofNullable(top);
    }
    return nested(key);
  }

  /**
   * A dotted key ({@code event.eventUrl}) reaches into maps, each step ignoring case; the field
   * found is placed on its top-level key's line.
   */
  private Optional<Field> nested(String dotted) {
    String[] parts = dotted.split("\\.");
    Field top = byKey.get(parts[0].toLowerCase(Locale.ROOT));
    if (top == null) {
      return Optional.empty();
    }
    Object at = top.value();
    for (int i = 1; i < parts.length; i++) {
      if (!(at instanceof Map<?, ?> m)) {
        return Optional.empty();
      }
      at = valueIgnoringCase(m, parts[i]);
    }
    return at == null
        ? Optional.empty()
        : Optional.of(new Field(dotted, at, top.line(), top.column()));
  }

  /** Most keys asked for are lower case already (the schema's are): no copy for those. */
  private static String lower(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c > 127) {
        return key.toLowerCase(Locale.ROOT);
      }
    }
    return key;
  }

  static Object valueIgnoringCase(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v != null) {
      return v;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (String.valueOf(e.getKey()).equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A value cascaded from a section page: used only where the page leaves the key unset. */
  void addCascaded(String key, Object value) {
    String k = key.toLowerCase(Locale.ROOT);
    if (byKey.putIfAbsent(k, new Field(key, value, fallbackLine, 1)) == null) {
      cascaded.add(k);
    }
  }

  /** True when the page itself sets the key (not a section's cascade). */
  boolean ownKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return byKey.containsKey(k) && !cascaded.contains(k);
  }

  Collection<Field> all() {
    return byKey.values();
  }

  /** Where to point a message about a missing key: the front matter's first line. */
  int fallbackLine() {
    return fallbackLine;
  }
}
