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

  Optional<Field> get(String key) {
    return Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
  }

  Collection<Field> all() {
    return byKey.values();
  }

  /** Where to point a message about a missing key: the front matter's first line. */
  int fallbackLine() {
    return fallbackLine;
  }
}
