package webinarbot.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * What a page says about when its talk happens, before the time rules read it.
 *
 * @param date the day, or the start as a date-time
 * @param slot a {@code time_slot} (or the start and end times written as one)
 * @param timezone an IANA id or abbreviation overriding the slot's zone
 * @param end an end date or date-time; a day is the last day of an all-day talk
 * @param duration how long the talk runs, when no end is given
 */
public record TalkTime(
    PageDate date,
    Optional<String> slot,
    Optional<String> timezone,
    Optional<PageDate> end,
    Optional<Duration> duration) {

  public static TalkTime of(PageDate date, Optional<String> slot, Optional<String> timezone) {
    return new TalkTime(date, slot, timezone, Optional.empty(), Optional.empty());
  }
}
