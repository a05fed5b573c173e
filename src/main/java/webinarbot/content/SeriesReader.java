package webinarbot.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import webinarbot.domain.EventTime;
import webinarbot.domain.Series;

/**
 * {@code recurrence} and {@code exdates}: a page that is a series. The rule is read and expanded by
 * ical4j's {@link Recur} (a maintained RFC 5545 implementation), from the page's own start in its
 * zone, so the local time holds across daylight saving changes.
 */
final class SeriesReader {
  private static final int MAX_OCCURRENCES = 1_000;

  private SeriesReader() {}

  /** The series the page describes, if it has a {@code recurrence}; errors name the field. */
  static Optional<Series> read(FieldReader r, EventTime first, Problems problems) {
    Optional<String> rule = r.string("recurrence").map(s -> s.strip()).filter(s -> !s.isEmpty());
    if (rule.isEmpty()) {
      if (r.fields().get("exdates").isPresent()) {
        problems.warning(
            r.lineOf("exdates"),
            r.columnOf("exdates"),
            "exdates",
            "exdates without recurrence: there is no series to skip dates of; ignored");
      }
      return Optional.empty();
    }
    String text = rule.get().toUpperCase(Locale.ROOT);
    if (text.startsWith("RRULE:")) {
      text = text.substring("RRULE:".length());
    }
    Recur<ZonedDateTime> recur;
    try {
      recur = new Recur<>(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      problems.error(
          r.lineOf("recurrence"),
          r.columnOf("recurrence"),
          "recurrence",
          "\""
              + rule.get()
              + "\" is not an RFC 5545 RRULE such as \"FREQ=WEEKLY;BYDAY=TU\" or"
              + " \"FREQ=MONTHLY;BYDAY=2WE;COUNT=10\"");
      return Optional.empty();
    }
    List<LocalDate> exdates = exdates(r, problems);
    ZonedDateTime seed = first.start();
    ZonedDateTime horizon = seed.plus(Series.HORIZON);
    if (recur.getUntil() != null || recur.getCount() > 0) {
      horizon = seed.plusYears(20);
    }
    List<ZonedDateTime> occurrences = new ArrayList<>();
    if (!exdates.contains(seed.toLocalDate())) {
      occurrences.add(seed); // RFC 5545: the start is the first occurrence, whatever the rule
    }
    for (ZonedDateTime o : recur.getDates(seed, seed, horizon, MAX_OCCURRENCES)) {
      if (!exdates.contains(o.toLocalDate()) && !o.equals(seed)) {
        occurrences.add(o);
      }
    }
    if (occurrences.isEmpty()) {
      problems.error(
          r.lineOf("recurrence"),
          r.columnOf("recurrence"),
          "recurrence",
          "\"" + rule.get() + "\" has no occurrence from the page's date on");
      return Optional.empty();
    }
    return Optional.of(new Series(text, exdates, occurrences));
  }

  private static List<LocalDate> exdates(FieldReader r, Problems problems) {
    List<LocalDate> out = new ArrayList<>();
    for (String s : r.strings("exdates")) {
      String day = s.length() >= 10 ? s.substring(0, 10) : s;
      try {
        out.add(LocalDate.parse(day));
      } catch (DateTimeException e) {
        problems.error(
            r.lineOf("exdates"),
            r.columnOf("exdates"),
            "exdates",
            "\"" + s + "\" is not a date such as 2026-12-22");
      }
    }
    return out;
  }
}
