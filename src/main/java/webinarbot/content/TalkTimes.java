package webinarbot.content;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.PageDate;
import webinarbot.domain.TalkTime;
import webinarbot.domain.TimeNote;
import webinarbot.domain.TimeReading;
import webinarbot.domain.TimeRules;

/**
 * Gathers what a page says about its time through the schema ({@code date}, {@code end}, {@code
 * start_time}, {@code end_time}, {@code time_slot}, {@code duration}, {@code timezone}) and has the
 * time rules read it; every note lands on the key it is about.
 */
final class TalkTimes {
  private TalkTimes() {}

  /** The reading, or null when the date itself could not be read (an error is reported). */
  record Read(TimeReading reading) {}

  static Read read(Field dateField, TalkFields f, TimeRules rules, Problems problems) {
    Map<String, Field> used = new LinkedHashMap<>();
    used.put("date", dateField);
    Optional<DateText.Reading> written = date(dateField, problems);
    if (written.isEmpty()) {
      return new Read(null);
    }
    PageDate start = written.get().start();
    Optional<String> slot = Optional.empty();
    String slotName = null;
    Optional<Field> slotField = f.first("time_slot");
    Optional<Field> startTime = f.first("start_time");
    if (slotField.isPresent()) {
      slot = f.reader().string(slotField.get().key());
      used.put("time_slot", slotField.get());
    } else if (startTime.isPresent()) {
      Optional<Field> endTime = f.first("end_time");
      String s = clock(startTime.get().value());
      slot = Optional.of(endTime.map(e -> s + " - " + clock(e.value())).orElse(s));
      slotName = startTime.get().key() + endTime.map(e -> "/" + e.key()).orElse("");
      used.put("time_slot", startTime.get());
    } else if (written.get().timeText().isPresent()) {
      slot = written.get().timeText();
      slotName = dateField.key();
    }
    Optional<String> timezone = Optional.empty();
    Optional<Field> zoneField = f.first("timezone");
    if (zoneField.isPresent()) {
      timezone = f.reader().string(zoneField.get().key());
      used.put("timezone", zoneField.get());
    }
    Optional<PageDate> end = written.get().lastDay().map(PageDate.Day::new);
    Optional<Field> endField = f.first("end");
    if (endField.isPresent()) {
      used.put("end", endField.get());
      Optional<PageDate> e = endDate(endField.get().value());
      if (e.isEmpty()) {
        problems.warning(
            endField.get().line(),
            endField.get().column(),
            endField.get().key(),
            endField.get().key() + " \"" + endField.get().value() + "\" is not a date; ignored");
      } else {
        end = e;
      }
    }
    Optional<Duration> duration = duration(f, problems);
    TimeReading reading = rules.read(new TalkTime(start, slot, timezone, end, duration));
    List<TimeNote> notes = reading.notes();
    if (slotName != null) {
      notes = renamed(notes, slotName);
    }
    PageReader.report(notes, used, f.reader(), problems);
    return new Read(reading);
  }

  private static Optional<DateText.Reading> date(Field field, Problems problems) {
    Object v = field.value();
    Optional<PageDate> typed = v instanceof String ? Optional.empty() : FieldReader.pageDate(v);
    if (typed.isPresent()) {
      return Optional.of(new DateText.Reading(typed.get(), Optional.empty(), Optional.empty()));
    }
    String key = field.key();
    if (v instanceof String s) {
      Optional<DateText.Reading> r = DateText.parse(s);
      if (r.isEmpty()) {
        problems.error(
            field.line(),
            field.column(),
            key,
            key
                + " \""
                + s
                + "\" is not a date: write YYYY-MM-DD, as in "
                + key
                + " = \"2026-12-03\"");
      }
      return r;
    }
    problems.error(
        field.line(),
        field.column(),
        key,
        key + " must be a date such as \"2026-12-03\", not " + v);
    return Optional.empty();
  }

  private static Optional<PageDate> endDate(Object v) {
    Optional<PageDate> d = FieldReader.pageDate(v);
    if (d.isPresent() || !(v instanceof String s)) {
      return d;
    }
    return DateText.parse(s)
        .filter(r -> r.timeText().isEmpty())
        .map(r -> r.lastDay().<PageDate>map(PageDate.Day::new).orElse(r.start()));
  }

  /** A start or end time as written; TOML's {@code 14:25:00} as 14:25. */
  private static String clock(Object v) {
    if (v instanceof LocalTime t) {
      return t.getSecond() == 0 ? t.toString().substring(0, 5) : t.toString();
    }
    return String.valueOf(v).strip();
  }

  private static Optional<Duration> duration(TalkFields f, Problems problems) {
    Optional<Field> field = f.first("duration");
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Object v = field.get().value();
    Optional<Duration> d =
        v instanceof Long minutes && minutes > 0
            ? Optional.of(Duration.ofMinutes(minutes))
            : v instanceof String s ? DurationText.parse(s) : Optional.empty();
    if (d.isEmpty()) {
      problems.warning(
          field.get().line(),
          field.get().column(),
          field.get().key(),
          field.get().key()
              + " \""
              + v
              + "\" is not a length such as \"90 minutes\" or \"1h30m\"; ignored");
    }
    return d;
  }

  /** Notes about a slot the bot put together from other keys name those keys. */
  private static List<TimeNote> renamed(List<TimeNote> notes, String keys) {
    List<TimeNote> out = new ArrayList<>();
    for (TimeNote n : notes) {
      String m = n.message().replace("time_slot", keys);
      out.add(n.error() ? TimeNote.error(n.field(), m) : TimeNote.warning(n.field(), m));
    }
    return out;
  }
}
