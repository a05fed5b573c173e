package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webinarbot.domain.EventTime;
import webinarbot.domain.PostKind;

/**
 * When each reminder of a webinar is due. A timed talk gets one per lead time before its start. An
 * all-day entry has no start time to count from, so its reminders go out at {@code all_day_time} in
 * its own zone: whole-day leads that many days before, shorter ones on the day itself (as {@code
 * starting}, "today").
 */
final class ReminderTimes {
  /** A reminder and when it is due. */
  record Slot(PostKind kind, Instant at) {}

  private final List<Duration> leads;
  private final LocalTime allDayTime;

  /** Longest first, sorted once: a first start asks for the times of 20,000 talks and more. */
  ReminderTimes(List<Duration> leads, LocalTime allDayTime) {
    this.leads = leads.stream().sorted(Comparator.reverseOrder()).toList();
    this.allDayTime = allDayTime;
  }

  /** Reminders in time order; two leads landing on one instant give one reminder, the shorter. */
  List<Slot> of(EventTime time) {
    Map<Instant, Slot> byInstant = new LinkedHashMap<>();
    for (Duration lead : leads) {
      Slot s = time.allDay() ? allDay(time, lead) : timed(time, lead);
      byInstant.put(s.at(), s);
    }
    List<Slot> slots = new ArrayList<>(byInstant.values());
    slots.sort(BY_TIME);
    return slots;
  }

  private static final Comparator<Slot> BY_TIME = Comparator.comparing(Slot::at);

  /**
   * Whole days count on the calendar, so "7d" before a 10:00 talk is 10:00 local a week earlier
   * even across a daylight saving change; the rest of the lead is exact.
   */
  private static Slot timed(EventTime time, Duration lead) {
    ZonedDateTime at = time.start().minusDays(lead.toDays()).minus(lead.minusDays(lead.toDays()));
    return new Slot(PostKind.reminder(lead), at.toInstant());
  }

  private Slot allDay(EventTime time, Duration lead) {
    long days = lead.toDays();
    ZonedDateTime at = ZonedDateTime.of(time.date().minusDays(days), allDayTime, time.zone());
    return new Slot(days == 0 ? PostKind.STARTING : PostKind.reminder(lead), at.toInstant());
  }
}
