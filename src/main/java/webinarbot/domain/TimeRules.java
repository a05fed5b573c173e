package webinarbot.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads when a webinar happens from its {@code date}, {@code time_slot} and {@code timezone}, the
 * way a careful human would, and says in a note every time it had to interpret something.
 */
public final class TimeRules {
  private static final Duration SLIP_LIMIT = Duration.ofHours(6);
  private static final String TIMEZONE = "timezone";
  private static final String DATE = "date";
  private static final String END = "end";

  private final ZoneId defaultZone;

  /** "HH:mm" by hand: warnings are built for thousands of pages in one lint run. */
  private static String hm(java.time.temporal.TemporalAccessor t) {
    int h = t.get(java.time.temporal.ChronoField.HOUR_OF_DAY);
    int m = t.get(java.time.temporal.ChronoField.MINUTE_OF_HOUR);
    return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
  }

  /**
   * @param defaultZone {@code schedule.timezone}: used for all-day entries and for times that name
   *     no zone
   */
  public TimeRules(ZoneId defaultZone) {
    this.defaultZone = defaultZone;
  }

  /**
   * The talk's time from its date, slot and zone, then its end: an end date or date-time, else a
   * duration. An end day (or a duration of whole days) makes an all-day talk span several days.
   */
  public TimeReading read(TalkTime talk) {
    TimeReading first = read(talk.date(), talk.slot(), talk.timezone());
    if (first.failed() || (talk.end().isEmpty() && talk.duration().isEmpty())) {
      return first;
    }
    List<TimeNote> notes = new ArrayList<>(first.notes());
    EventTime t = first.time().get();
    EventTime withEnd = t.end().isPresent() && !t.allDay() ? t : withEnd(t, talk, notes);
    return new TimeReading(Optional.of(withEnd), notes);
  }

  private EventTime withEnd(EventTime t, TalkTime talk, List<TimeNote> notes) {
    ZoneId zone = t.zone();
    if (talk.end().isPresent()) {
      PageDate end = talk.end().get();
      if (t.allDay()) {
        LocalDate last = end.day();
        if (last.isBefore(t.date())) {
          notes.add(
              TimeNote.warning(
                  END, "end " + last + " is before the start " + t.date() + "; end ignored"));
          return t;
        }
        return EventTime.allDays(t.date(), last, zone);
      }
      ZonedDateTime until =
          end instanceof PageDate.Offset o
              ? o.dateTime().atZoneSameInstant(zone)
              : end instanceof PageDate.Local l
                  ? l.dateTime().atZone(zone)
                  : end.day().plusDays(1).atStartOfDay(zone);
      if (!until.isAfter(t.start())) {
        notes.add(
            TimeNote.warning(
                END,
                "end "
                    + end
                    + " is not after the start "
                    + t.start().toLocalDateTime()
                    + "; end unknown"));
        return t;
      }
      return EventTime.timed(t.start(), Optional.of(until));
    }
    Duration d = talk.duration().get();
    if (t.allDay()) {
      long days = Math.max(1, (d.toHours() + 23) / 24);
      return EventTime.allDays(t.date(), t.date().plusDays(days - 1), zone);
    }
    return EventTime.timed(t.start(), Optional.of(t.start().plus(d)));
  }

  public TimeReading read(PageDate date, Optional<String> slotText, Optional<String> timezone) {
    List<TimeNote> notes = new ArrayList<>();
    Optional<ZoneNames.WrittenZone> fieldZone = Optional.empty();
    if (timezone.isPresent() && !timezone.get().isBlank()) {
      fieldZone = ZoneNames.parse(timezone.get());
      if (fieldZone.isEmpty()) {
        notes.add(
            TimeNote.error(
                TIMEZONE,
                "unknown time zone \""
                    + timezone.get()
                    + "\": use an IANA id such as \"Europe/Brussels\""));
        return new TimeReading(Optional.empty(), notes);
      }
      if (!ZoneNames.isRegionId(timezone.get())) {
        notes.add(
            TimeNote.warning(
                TIMEZONE,
                "timezone \""
                    + timezone.get()
                    + "\" is not an IANA id; read as "
                    + fieldZone.get().zone().getId()));
      }
    }
    Optional<TimeSlot> slot = Optional.empty();
    if (slotText.isPresent() && !slotText.get().isBlank()) {
      TimeSlot.Result parsed = TimeSlot.parse(slotText.get());
      if (parsed.slot().isEmpty()) {
        notes.add(TimeNote.error(TimeSlot.FIELD, parsed.error()));
        return new TimeReading(Optional.empty(), notes);
      }
      slot = parsed.slot();
      notes.addAll(slot.get().notes());
    }
    Optional<EventTime> time = new Reading(date, slot, fieldZone, notes).time();
    return new TimeReading(time, notes);
  }

  /** One page's reading: holds the inputs so the rules read as a sequence of small steps. */
  private final class Reading {
    private final PageDate date;
    private final Optional<TimeSlot> slot;
    private final Optional<ZoneNames.WrittenZone> fieldZone;
    private final List<TimeNote> notes;

    Reading(
        PageDate date,
        Optional<TimeSlot> slot,
        Optional<ZoneNames.WrittenZone> fieldZone,
        List<TimeNote> notes) {
      this.date = date;
      this.slot = slot;
      this.fieldZone = fieldZone;
      this.notes = notes;
    }

    Optional<EventTime> time() {
      if (date instanceof PageDate.Offset o) {
        return fromInstant(o);
      }
      if (date instanceof PageDate.Local l) {
        return fromLocal(l.dateTime());
      }
      if (slot.isEmpty()) {
        ZoneId zone = fieldZone.map(ZoneNames.WrittenZone::zone).orElse(defaultZone);
        notes.add(
            TimeNote.warning(
                TimeSlot.FIELD,
                "no time_slot: all-day entry on " + date.day() + " in " + zone.getId()));
        return Optional.of(EventTime.allDay(date.day(), zone));
      }
      return fromSlot(date.day(), slot.get());
    }

    private Optional<EventTime> fromInstant(PageDate.Offset o) {
      ZoneId zone = fieldZone.map(ZoneNames.WrittenZone::zone).orElse(null);
      if (zone == null) {
        zone = slot.flatMap(s -> ZoneNames.parse(s.zoneText())).map(z -> z.zone()).orElse(null);
      }
      if (zone == null) {
        ZoneOffset given = o.dateTime().getOffset();
        boolean defaultAgrees =
            defaultZone.getRules().getOffset(o.dateTime().toInstant()).equals(given);
        zone = defaultAgrees ? defaultZone : given;
      }
      ZonedDateTime start = o.dateTime().atZoneSameInstant(zone);
      return Optional.of(withSlotEnd(start));
    }

    private Optional<EventTime> fromLocal(LocalDateTime local) {
      ZoneId zone = fieldZone.map(ZoneNames.WrittenZone::zone).orElse(null);
      if (zone == null && slot.isPresent()) {
        zone = ZoneNames.parse(slot.get().zoneText()).map(z -> z.zone()).orElse(null);
      }
      if (zone == null) {
        zone = defaultZone;
        notes.add(
            TimeNote.warning(
                DATE,
                "date "
                    + local
                    + " has no offset and the page no timezone; read in "
                    + zone.getId()));
      }
      ZonedDateTime start = resolve(local, zone, Optional.empty());
      return Optional.of(withSlotEnd(start));
    }

    /** A date-time was given: the slot may only add an end, and only if it agrees. */
    private EventTime withSlotEnd(ZonedDateTime start) {
      if (slot.isEmpty()) {
        return EventTime.timed(start, Optional.empty());
      }
      Optional<EventTime> fromSlot = fromSlot(start.toLocalDate(), slot.get());
      if (fromSlot.isPresent() && fromSlot.get().startInstant().equals(start.toInstant())) {
        return EventTime.timed(
            start, fromSlot.get().end().map(e -> e.withZoneSameInstant(start.getZone())));
      }
      notes.add(
          TimeNote.warning(
              TimeSlot.FIELD,
              "time_slot disagrees with date " + date + "; using the date and no end"));
      return EventTime.timed(start, Optional.empty());
    }

    private Optional<EventTime> fromSlot(LocalDate day, TimeSlot s) {
      Optional<ZoneNames.WrittenZone> written = Optional.empty();
      ZoneId zone;
      if (!s.zoneText().isEmpty()) {
        written = ZoneNames.parse(s.zoneText());
        if (written.isEmpty() && fieldZone.isEmpty()) {
          notes.add(
              TimeNote.error(
                  TimeSlot.FIELD,
                  "unknown time zone \""
                      + s.zoneText()
                      + "\" in time_slot: use an abbreviation such as PST or CET, or an IANA id"));
          return Optional.empty();
        }
      }
      if (fieldZone.isPresent()) {
        zone = fieldZone.get().zone();
        if (!s.zoneText().isEmpty() && (written.isEmpty() || !written.get().zone().equals(zone))) {
          notes.add(
              TimeNote.warning(
                  TimeSlot.FIELD,
                  "time_slot zone \""
                      + s.zoneText()
                      + "\" ignored: timezone = \""
                      + zone.getId()
                      + "\" overrides it"));
        }
        written = fieldZone;
      } else if (written.isPresent()) {
        zone = written.get().zone();
      } else {
        zone = defaultZone;
        notes.add(
            TimeNote.warning(TimeSlot.FIELD, "time_slot names no zone; read in " + zone.getId()));
      }
      Optional<ZoneNames.WrittenZone> claimed = written;
      ZoneId region = zone;
      ZonedDateTime start = resolve(day.atTime(s.start()), region, claimed);
      claimed.ifPresent(w -> warnSeason(w, start));
      Optional<ZonedDateTime> end = s.end().flatMap(e -> end(day, s.start(), e, region, claimed));
      if (end.isPresent() && !end.get().isAfter(start)) {
        end = Optional.empty();
      }
      return Optional.of(EventTime.timed(start, end));
    }

    private Optional<ZonedDateTime> end(
        LocalDate day,
        LocalTime start,
        LocalTime end,
        ZoneId zone,
        Optional<ZoneNames.WrittenZone> written) {
      if (end.equals(start)) {
        notes.add(
            TimeNote.warning(
                TimeSlot.FIELD, "time_slot starts and ends at " + hm(start) + "; end unknown"));
        return Optional.empty();
      }
      LocalDateTime from = day.atTime(start);
      LocalDateTime until = day.atTime(end);
      if (until.isAfter(from)) {
        return Optional.of(resolve(until, zone, written));
      }
      LocalDateTime slipped = until.plusHours(12);
      if (slipped.isAfter(from) && Duration.between(from, slipped).compareTo(SLIP_LIMIT) < 0) {
        notes.add(
            TimeNote.warning(
                TimeSlot.FIELD,
                "time_slot ends at "
                    + hm(end)
                    + ", before it starts at "
                    + hm(start)
                    + "; read as an am/pm slip: ends at "
                    + hm(slipped)));
        return Optional.of(resolve(slipped, zone, written));
      }
      LocalDateTime nextDay = until.plusDays(1);
      if (Duration.between(from, nextDay).compareTo(SLIP_LIMIT) < 0) {
        notes.add(
            TimeNote.warning(
                TimeSlot.FIELD,
                "time_slot ends at "
                    + hm(end)
                    + ", before it starts at "
                    + hm(start)
                    + "; read as ending after midnight, on "
                    + nextDay.toLocalDate()));
        return Optional.of(resolve(nextDay, zone, written));
      }
      notes.add(
          TimeNote.warning(
              TimeSlot.FIELD,
              "time_slot ends at "
                  + hm(end)
                  + ", before it starts at "
                  + hm(start)
                  + "; end unknown"));
      return Optional.empty();
    }

    /**
     * Places a wall-clock time in a zone. In a DST gap the time moves forward; in an overlap the
     * written abbreviation (PDT or PST) picks the offset, else the earlier one.
     */
    private ZonedDateTime resolve(
        LocalDateTime local, ZoneId zone, Optional<ZoneNames.WrittenZone> written) {
      List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
      ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
      if (valid.isEmpty()) {
        notes.add(
            TimeNote.warning(
                TimeSlot.FIELD,
                hm(local)
                    + " does not exist on "
                    + local.toLocalDate()
                    + " in "
                    + zone.getId()
                    + " (clocks move forward); read as "
                    + hm(zoned)));
      } else if (valid.size() > 1) {
        boolean standard = written.map(w -> w.season() == ZoneNames.Season.STANDARD).orElse(false);
        zoned = standard ? zoned.withLaterOffsetAtOverlap() : zoned.withEarlierOffsetAtOverlap();
        if (written.map(w -> w.season() == ZoneNames.Season.ANY).orElse(true)) {
          notes.add(
              TimeNote.warning(
                  TimeSlot.FIELD,
                  hm(local)
                      + " happens twice on "
                      + local.toLocalDate()
                      + " in "
                      + zone.getId()
                      + "; read as the first, UTC"
                      + zoned.getOffset()));
        }
      }
      return zoned;
    }

    private void warnSeason(ZoneNames.WrittenZone written, ZonedDateTime start) {
      written
          .mismatchAt(start.toInstant())
          .ifPresent(
              actual ->
                  notes.add(
                      TimeNote.warning(
                          TimeSlot.FIELD,
                          written.written()
                              + " written while "
                              + actual
                              + " applies on "
                              + start.toLocalDate()
                              + "; read as "
                              + written.zone().getId()
                              + " time (UTC"
                              + start.getOffset()
                              + ")")));
    }
  }
}
