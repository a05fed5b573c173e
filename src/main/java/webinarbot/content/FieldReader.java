package webinarbot.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webinarbot.domain.PageDate;

/** Typed reads of front matter fields; a wrong type is reported against the field's line. */
final class FieldReader {
  private final Fields fields;
  private final Problems problems;

  FieldReader(Fields fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  Fields fields() {
    return fields;
  }

  /** The line of a key, or of the front matter start when the key is absent. */
  int lineOf(String key) {
    return fields.get(key).map(Field::line).orElse(fields.fallbackLine());
  }

  int columnOf(String key) {
    return fields.get(key).map(Field::column).orElse(1);
  }

  Optional<String> string(String key) {
    Optional<Field> f = fields.get(key);
    if (f.isEmpty() || f.get().value() == null) {
      return Optional.empty();
    }
    Object v = f.get().value();
    if (v instanceof String s) {
      return Optional.of(s.strip()).filter(x -> !x.isEmpty());
    }
    if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
      return Optional.of(v.toString());
    }
    warn(f.get(), key + " should be a string; ignored");
    return Optional.empty();
  }

  boolean bool(String key) {
    Optional<Field> f = fields.get(key);
    if (f.isEmpty() || f.get().value() == null) {
      return false;
    }
    Object v = f.get().value();
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().strip().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      warn(
          f.get(),
          key + " = \"" + s + "\" is a string; read as " + s + " (write " + key + " = " + s + ")");
      return s.equals("true");
    }
    problems.error(
        f.get().line(), f.get().column(), key, key + " must be true or false, not \"" + v + "\"");
    return false;
  }

  List<String> strings(String key) {
    Optional<Field> f = fields.get(key);
    if (f.isEmpty() || f.get().value() == null) {
      return List.of();
    }
    Object v = f.get().value();
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      l.stream().filter(x -> x != null).forEach(x -> out.add(x.toString().strip()));
    } else if (v instanceof String s) {
      out.add(s.strip());
    } else {
      warn(f.get(), key + " should be a list of strings; ignored");
    }
    return out.stream().filter(x -> !x.isEmpty()).toList();
  }

  /** A required or optional date in any of the forms Hugo accepts. */
  Optional<PageDate> date(String key) {
    Optional<Field> f = fields.get(key);
    if (f.isEmpty() || f.get().value() == null) {
      return Optional.empty();
    }
    Object v = f.get().value();
    if (v instanceof LocalDate d) {
      return Optional.of(new PageDate.Day(d));
    }
    if (v instanceof LocalDateTime d) {
      return Optional.of(new PageDate.Local(d));
    }
    if (v instanceof OffsetDateTime d) {
      return Optional.of(new PageDate.Offset(d));
    }
    if (v instanceof String s) {
      if (s.isBlank()) {
        return Optional.empty(); // Hugo reads "" as no date
      }
      Optional<PageDate> parsed = parseDate(s.strip());
      if (parsed.isEmpty()) {
        problems.error(
            f.get().line(),
            f.get().column(),
            key,
            key
                + " \""
                + s
                + "\" is not a date: write YYYY-MM-DD, as in "
                + key
                + " = \"2026-12-03\"");
      }
      return parsed;
    }
    problems.error(
        f.get().line(),
        f.get().column(),
        key,
        key + " must be a date such as \"2026-12-03\", not " + v);
    return Optional.empty();
  }

  /** A front matter value as a date: a TOML date or date-time, or text in a form Hugo reads. */
  static Optional<PageDate> pageDate(Object v) {
    if (v instanceof LocalDate d) {
      return Optional.of(new PageDate.Day(d));
    }
    if (v instanceof LocalDateTime d) {
      return Optional.of(new PageDate.Local(d));
    }
    if (v instanceof OffsetDateTime d) {
      return Optional.of(new PageDate.Offset(d));
    }
    if (v instanceof String s) {
      return DateText.hugoDate(s);
    }
    return Optional.empty();
  }

  /** A date as an instant: days start at midnight in {@code zone}. */
  Optional<Instant> instant(String key, ZoneId zone) {
    return date(key)
        .map(
            d -> {
              if (d instanceof PageDate.Offset o) {
                return o.dateTime().toInstant();
              }
              if (d instanceof PageDate.Local l) {
                return l.dateTime().atZone(zone).toInstant();
              }
              return d.day().atStartOfDay(zone).toInstant();
            });
  }

  static Optional<PageDate> parseDate(String s) {
    if (s.length() == 10) {
      Optional<PageDate> day = IsoDay.parse(s, 0).map(PageDate.Day::new);
      if (day.isPresent()) {
        return day;
      }
    }
    return DateText.hugoDate(s);
  }

  private void warn(Field f, String message) {
    problems.warning(f.line(), f.column(), f.key(), message);
  }
}
