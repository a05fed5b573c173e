package webinarbot.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a webinar happens. An all-day entry starts at midnight of its date in its zone; one that
 * spans several days ends at the midnight after its last day (as iCalendar's DTEND), a one-day one
 * has no end. A timed one has a start and, when the page gives a sensible one, an end.
 */
public record EventTime(ZonedDateTime start, Optional<ZonedDateTime> end, boolean allDay) {

  /** How long a talk without a known end is assumed to run, for "in progress" and calendars. */
  public static final Duration ASSUMED_LENGTH = Duration.ofHours(1);

  public EventTime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new IllegalArgumentException("end " + end.get() + " is not after start " + start);
    }
    if (allDay
        && end.isPresent()
        && !end.get().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException("an all-day entry ends at a midnight, not " + end.get());
    }
  }

  public static EventTime allDay(LocalDate date, ZoneId zone) {
    return new EventTime(date.atStartOfDay(zone), Optional.empty(), true);
  }

  /** Every day from {@code first} to {@code last}, both included; one day has no end. */
  public static EventTime allDays(LocalDate first, LocalDate last, ZoneId zone) {
    if (!last.isAfter(first)) {
      return allDay(first, zone);
    }
    return new EventTime(
        first.atStartOfDay(zone), Optional.of(last.plusDays(1).atStartOfDay(zone)), true);
  }

  /** The last day of an all-day entry (its date for one day); the end's date for a timed one. */
  public LocalDate lastDay() {
    if (allDay) {
      return end.map(e -> e.toLocalDate().minusDays(1)).orElse(date());
    }
    return end.map(ZonedDateTime::toLocalDate).orElse(date());
  }

  public static EventTime timed(ZonedDateTime start, Optional<ZonedDateTime> end) {
    return new EventTime(start, end, false);
  }

  public ZoneId zone() {
    return start.getZone();
  }

  public LocalDate date() {
    return start.toLocalDate();
  }

  public Instant startInstant() {
    return start.toInstant();
  }

  /** The end, or the assumed one: the end of the day for all-day entries, start + 1 h otherwise. */
  public Instant effectiveEnd() {
    if (allDay) {
      return end.orElseGet(() -> start.plusDays(1)).toInstant();
    }
    return end.orElseGet(() -> start.plus(ASSUMED_LENGTH)).toInstant();
  }

  public boolean hasStarted(Instant now) {
    return !now.isBefore(startInstant());
  }

  public boolean isOver(Instant now) {
    return !now.isBefore(effectiveEnd());
  }
}
