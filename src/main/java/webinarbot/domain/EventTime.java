package webinarbot.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a webinar happens. An all-day entry starts at midnight of its date in its zone and has no
 * end; a timed one has a start and, when the page gives a sensible one, an end.
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
    if (allDay && end.isPresent()) {
      throw new IllegalArgumentException("an all-day entry has no end");
    }
  }

  public static EventTime allDay(LocalDate date, ZoneId zone) {
    return new EventTime(date.atStartOfDay(zone), Optional.empty(), true);
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
      return start.plusDays(1).toInstant();
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
