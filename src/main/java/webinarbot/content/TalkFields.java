package webinarbot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page's front matter read through the talk schema: for a field, the first of its keys whose
 * value is set. An empty string, list or map is unset, as Hugo treats {@code date = ""}.
 */
final class TalkFields {
  private final FieldReader reader;
  private final TalkSchema schema;

  TalkFields(FieldReader reader, TalkSchema schema) {
    this.reader = reader;
    this.schema = schema;
  }

  FieldReader reader() {
    return reader;
  }

  /** The first key of {@code field} that holds a value. */
  Optional<Field> first(String field) {
    for (String key : schema.keysOf(field)) {
      Optional<Field> f = reader.fields().getLower(key);
      if (f.isPresent() && isSet(f.get().value())) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** Every key of {@code field} that holds a value, in the schema's order. */
  List<Field> all(String field) {
    List<Field> out = List.of();
    for (String key : schema.keysOf(field)) {
      Optional<Field> f = reader.fields().getLower(key);
      if (f.isPresent() && isSet(f.get().value())) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(f.get());
      }
    }
    return out;
  }

  /** The field as text; a number or a boolean is written out, anything else is warned about. */
  Optional<String> text(String field) {
    return first(field).flatMap(f -> reader.string(f.key()));
  }

  /** {@code location}: text, a list of parts, or a map of them, joined with commas. */
  Optional<String> location() {
    Optional<Field> f = first("location");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Object v = f.get().value();
    List<String> parts = new ArrayList<>();
    if (v instanceof Map<?, ?> m) {
      m.values().forEach(x -> addPart(parts, x));
    } else if (v instanceof List<?> l) {
      l.forEach(x -> addPart(parts, x));
    } else {
      addPart(parts, v);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  private static void addPart(List<String> parts, Object x) {
    if (x instanceof String s && !s.isBlank()) {
      parts.add(s.strip().replaceAll("\\s+", " "));
    } else if (x instanceof Long || x instanceof Double) {
      parts.add(x.toString());
    }
  }

  static boolean isSet(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof String s) {
      return !s.isBlank();
    }
    if (v instanceof List<?> l) {
      return l.stream().anyMatch(TalkFields::isSet);
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }
}
