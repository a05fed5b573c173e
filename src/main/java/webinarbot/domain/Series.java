package webinarbot.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring talk ({@code recurrence}, an RFC 5545 RRULE, and {@code exdates}): one page, many
 * occurrences, each at the page's local time in its zone, so a weekly 17:00 call stays at 17:00
 * across daylight saving changes.
 *
 * @param rule the RRULE as written, such as {@code FREQ=WEEKLY;BYDAY=TU}
 * @param exdates the local dates of occurrences that do not take place
 * @param occurrences every start in time order, the page's own first, exdates left out: up to the
 *     rule's {@code UNTIL} or {@code COUNT}, or up to {@link #HORIZON} after the first for an
 *     endless rule
 */
public record Series(String rule, List<LocalDate> exdates, List<ZonedDateTime> occurrences) {
  /** How far an endless series is expanded past its first occurrence. */
  public static final Duration HORIZON = Duration.ofDays(2 * 366);

  public Series {
    Objects.requireNonNull(rule, "rule");
    exdates = List.copyOf(exdates);
    occurrences = List.copyOf(occurrences);
  }

  /** The first occurrence that has not started by {@code now}, if any is left. */
  public Optional<ZonedDateTime> nextAfter(Instant now) {
    return occurrences.stream().filter(o -> o.toInstant().isAfter(now)).findFirst();
  }

  /** The time of the occurrence starting at {@code start}, as long as the page's own time. */
  public static EventTime occurrence(EventTime first, ZonedDateTime start) {
    if (first.allDay()) {
      long days = first.lastDay().toEpochDay() - first.date().toEpochDay();
      return days == 0
          ? EventTime.allDay(start.toLocalDate(), first.zone())
          : EventTime.allDays(
              start.toLocalDate(), start.toLocalDate().plusDays(days), first.zone());
    }
    Optional<ZonedDateTime> end =
        first.end().map(e -> start.plus(Duration.between(first.start(), e)));
    return EventTime.timed(start, end);
  }
}
