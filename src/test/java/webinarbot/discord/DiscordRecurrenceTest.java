package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Series;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.discord.RecurrenceRules;

/**
 * Which series Discord can repeat as one recurring event: its rules (one weekday a week or every
 * other week, a known set of weekdays daily, the n-th weekday monthly, one date yearly, no end, no
 * skipped date), worked out in UTC as Discord repeats them.
 */
class DiscordRecurrenceTest {
  private static final Instant BEFORE = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir Path pages;

  /** The decision; a rule it gives is one the Discord stand-in, with Discord's limits, accepts. */
  private DiscordRecurrence.Decision decide(String date, String slot, String rule, String... ex) {
    Series s = TestWebinars.series(pages, "call", date, slot, rule, ex).series().orElseThrow();
    DiscordRecurrence.Decision d = DiscordRecurrence.of(s, BEFORE);
    d.rule()
        .ifPresent(
            r -> {
              Instant start = s.nextAfter(BEFORE).orElseThrow().toInstant();
              assertThat(RecurrenceRules.refusal(body(start, r))).isEmpty();
            });
    return d;
  }

  private static com.fasterxml.jackson.databind.JsonNode body(
      Instant start, DiscordRecurrence.Rule r) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(
              "{\"scheduled_start_time\":\""
                  + start
                  + "\",\"recurrence_rule\":"
                  + r.toData(start)
                  + "}");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String json(DiscordRecurrence.Decision d) {
    return d.rule().orElseThrow().toData(Instant.parse("2030-01-08T17:00:00Z")).toString();
  }

  @Test
  void givenAWeeklyCallInUtc_thenItRecursWeeklyOnItsDay() {
    DiscordRecurrence.Decision d = decide("2030-01-08", "17:00 - 18:00 UTC", "FREQ=WEEKLY");

    assertThat(d.rule()).isPresent();
    assertThat(d.rule().get().frequency()).isEqualTo(DiscordRecurrence.WEEKLY);
    assertThat(d.rule().get().interval()).isEqualTo(1);
    assertThat(d.rule().get().weekdays()).containsExactly(1); // Tuesday
    assertThat(json(d)).contains("\"by_weekday\":[1]").doesNotContain("count", "end");
  }

  @Test
  void givenEveryOtherWednesday_thenItRecursEveryOtherWeek() {
    DiscordRecurrence.Decision d =
        decide("2030-01-09", "09:00 - 10:00 Asia/Kolkata", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");

    assertThat(d.rule().orElseThrow().interval()).isEqualTo(2);
    assertThat(d.rule().get().weekdays()).containsExactly(2);
  }

  @Test
  void givenAnEveningCallWhoseUtcDayIsTheNext_thenDiscordRepeatsItOnTheUtcDay() {
    // Tuesday 20:00 in Phoenix (no daylight saving) is Wednesday 03:00 UTC.
    DiscordRecurrence.Decision d =
        decide("2030-01-08", "20:00 - 21:00 America/Phoenix", "FREQ=WEEKLY;BYDAY=TU");

    assertThat(d.rule().orElseThrow().weekdays()).containsExactly(2);
  }

  @Test
  void givenWeekdays_thenItRecursDailyOnDiscordsMondayToFridaySet() {
    DiscordRecurrence.Decision d =
        decide("2030-01-07", "08:00 - 08:15 UTC", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

    assertThat(d.rule().orElseThrow().frequency()).isEqualTo(DiscordRecurrence.DAILY);
    assertThat(d.rule().get().weekdays()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void givenTheSecondWednesdayOfEachMonth_thenItRecursMonthlyOnTheNthWeekday() {
    DiscordRecurrence.Decision d =
        decide("2030-01-09", "10:00 - 11:00 Asia/Tokyo", "FREQ=MONTHLY;BYDAY=2WE");

    assertThat(json(d)).contains("\"by_n_weekday\":[{").contains("\"n\":2").contains("\"day\":2");
    assertThat(d.rule().get().frequency()).isEqualTo(DiscordRecurrence.MONTHLY);
  }

  @Test
  void givenAYearlyDate_thenItRecursYearlyOnThatMonthAndDay() {
    DiscordRecurrence.Decision d = decide("2030-07-24", "12:00 - 13:00 UTC", "FREQ=YEARLY");

    assertThat(json(d)).contains("\"by_month\":[7]").contains("\"by_month_day\":[24]");
  }

  @Test
  void givenRulesDiscordDoesNotTake_thenEachSaysWhy() {
    assertThat(decide("2030-01-08", "17:00 - 18:00 UTC", "FREQ=WEEKLY;BYDAY=TU,TH").whyNot())
        .contains("do not take this rule");
    assertThat(decide("2030-01-25", "17:00 - 18:00 UTC", "FREQ=MONTHLY;BYDAY=-1FR").whyNot())
        .contains("do not take this rule");
    assertThat(decide("2030-01-08", "17:00 - 18:00 UTC", "FREQ=WEEKLY;COUNT=10").whyNot())
        .contains("it ends (COUNT)");
    assertThat(decide("2030-01-08", "17:00 - 18:00 UTC", "FREQ=WEEKLY", "2030-01-15").whyNot())
        .contains("exdates");
    assertThat(decide("2030-01-08", "17:00 - 18:00 UTC", "FREQ=DAILY;BYHOUR=17").whyNot())
        .contains("BYHOUR");
  }

  @Test
  void givenAWeeklyCallInBerlin_thenItIsNotRepeatedByDiscordWhoseTimeWouldMoveWithSummerTime() {
    DiscordRecurrence.Decision d =
        decide("2030-01-08", "17:00 - 18:00 Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU");

    assertThat(d.rule()).isEmpty();
    assertThat(d.whyNot()).contains("daylight saving");
  }
}
