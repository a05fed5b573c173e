package webinarbot.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code time_slot} as written, split into start, end and zone text. Knows nothing of dates: the
 * rules that need a date live in {@link TimeRules}.
 */
record TimeSlot(LocalTime start, Optional<LocalTime> end, String zoneText, List<TimeNote> notes) {

  private static final String TIME = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?";
  private static final Pattern SLOT =
      Pattern.compile(
          "(?i)^\\s*" + TIME + "(?:\\s*(?:-|–|—|to|until)\\s*" + TIME + ")?(?:\\s+(.*?))?\\s*$");

  static final String FIELD = "time_slot";

  /** Parses the slot, or explains in one sentence why it cannot. */
  static Result parse(String text) {
    Matcher m = SLOT.matcher(text);
    if (!m.matches()) {
      return Result.failure(
          "cannot read time_slot \""
              + text
              + "\": expected something like \"11:55am - 12:30pm PST\"");
    }
    List<TimeNote> notes = new ArrayList<>();
    Optional<LocalTime> start = time(m.group(1), m.group(2), m.group(3), text, notes);
    if (start.isEmpty()) {
      return Result.failure(notes.get(notes.size() - 1).message());
    }
    Optional<LocalTime> end = Optional.empty();
    if (m.group(4) != null) {
      end = time(m.group(4), m.group(5), m.group(6), text, notes);
      if (end.isEmpty()) {
        return Result.failure(notes.get(notes.size() - 1).message());
      }
    }
    String zone = m.group(7) == null ? "" : m.group(7).strip();
    return Result.success(new TimeSlot(start.get(), end, zone, notes));
  }

  private static Optional<LocalTime> time(
      String hourText, String minuteText, String meridiem, String slot, List<TimeNote> notes) {
    int hour = Integer.parseInt(hourText);
    int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
    String written = hourText + (minuteText == null ? "" : ":" + minuteText);
    if (minute > 59 || hour > 23) {
      notes.add(TimeNote.error(FIELD, "\"" + written + "\" in \"" + slot + "\" is not a time"));
      return Optional.empty();
    }
    if (meridiem == null) {
      if (hourText.length() == 1 && hour >= 1 && hour <= 6 && minuteText != null) {
        // "1:30" on a programme is half past one in the afternoon, written on a 12-hour clock.
        LocalTime pm = LocalTime.of(hour + 12, minute);
        notes.add(
            TimeNote.warning(
                FIELD,
                "\""
                    + written
                    + "\" has no am or pm; read as "
                    + pm
                    + " (a talk at "
                    + written
                    + " at night is unlikely: write "
                    + pm
                    + " or "
                    + written
                    + "am)"));
        return Optional.of(pm);
      }
      return Optional.of(LocalTime.of(hour, minute));
    }
    boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
    if (hour == 0 || hour > 12) {
      notes.add(
          TimeNote.warning(
              FIELD,
              "\""
                  + written
                  + meridiem
                  + "\" mixes 24-hour time with "
                  + (pm ? "pm" : "am")
                  + "; read as "
                  + LocalTime.of(hour, minute)));
      return Optional.of(LocalTime.of(hour, minute));
    }
    int h24 = hour % 12 + (pm ? 12 : 0);
    return Optional.of(LocalTime.of(h24, minute));
  }

  /** A parsed slot or the reason it could not be parsed. */
  record Result(Optional<TimeSlot> slot, String error) {
    static Result success(TimeSlot slot) {
      return new Result(Optional.of(slot), "");
    }

    static Result failure(String error) {
      return new Result(Optional.empty(), error);
    }
  }
}
