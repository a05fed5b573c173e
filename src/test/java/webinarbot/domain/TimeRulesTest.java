package webinarbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRulesTest {
  private static final ZoneId SCHEDULE_ZONE = ZoneId.of("Europe/Berlin");
  private final TimeRules rules = new TimeRules(SCHEDULE_ZONE);

  private TimeReading slot(String date, String slot) {
    return rules.read(new PageDate.Day(LocalDate.parse(date)), Optional.of(slot), Optional.empty());
  }

  private static EventTime time(TimeReading r) {
    assertThat(r.failed()).as("reading failed: %s", r.notes()).isFalse();
    return r.time().get();
  }

  private static List<String> warnings(TimeReading r) {
    return r.notes().stream().filter(n -> !n.error()).map(TimeNote::message).toList();
  }

  private static List<String> errors(TimeReading r) {
    return r.notes().stream().filter(TimeNote::error).map(TimeNote::message).toList();
  }

  @Nested
  class ZoneAbbreviationsNameRegions {
    @Test
    void pstInOctoberIsLosAngelesDaylightTimeWithAWarning() {
      TimeReading r = slot("2021-10-15", "11:55am - 12:30pm PST");

      assertThat(time(r).start())
          .isEqualTo(ZonedDateTime.parse("2021-10-15T11:55-07:00[America/Los_Angeles]"));
      assertThat(time(r).startInstant()).hasToString("2021-10-15T18:55:00Z");
      assertThat(warnings(r))
          .containsExactly(
              "PST written while PDT applies on 2021-10-15; read as America/Los_Angeles time (UTC-07:00)");
    }

    @Test
    void pstInJanuaryIsPlainStandardTimeWithoutWarning() {
      TimeReading r = slot("2026-01-15", "9:00am - 10:00am PST");

      assertThat(time(r).startInstant()).hasToString("2026-01-15T17:00:00Z");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void pdtInWinterIsWarnedAboutToo() {
      TimeReading r = slot("2026-01-15", "9:00am - 10:00am PDT");

      assertThat(time(r).startInstant()).hasToString("2026-01-15T17:00:00Z");
      assertThat(warnings(r))
          .singleElement()
          .asString()
          .startsWith("PDT written while PST applies");
    }

    @ParameterizedTest(name = "{1} on {0} starts at {3}")
    @CsvSource({
      "2026-07-01, 10:00 - 11:00, PT, 2026-07-01T17:00:00Z, America/Los_Angeles",
      "2026-07-01, 10:00 - 11:00, ET, 2026-07-01T14:00:00Z, America/New_York",
      "2026-01-10, 10:00 - 11:00, EST, 2026-01-10T15:00:00Z, America/New_York",
      "2026-07-01, 10:00 - 11:00, EDT, 2026-07-01T14:00:00Z, America/New_York",
      "2026-01-10, 10:00 - 11:00, CST, 2026-01-10T16:00:00Z, America/Chicago",
      "2026-07-01, 10:00 - 11:00, CDT, 2026-07-01T15:00:00Z, America/Chicago",
      "2026-01-10, 10:00 - 11:00, MST, 2026-01-10T17:00:00Z, America/Denver",
      "2026-07-01, 10:00 - 11:00, MDT, 2026-07-01T16:00:00Z, America/Denver",
      "2026-01-10, 10:00 - 11:00, CET, 2026-01-10T09:00:00Z, Europe/Brussels",
      "2026-07-01, 10:00 - 11:00, CEST, 2026-07-01T08:00:00Z, Europe/Brussels",
      "2026-07-01, 10:00 - 11:00, GMT, 2026-07-01T10:00:00Z, UTC",
      "2026-07-01, 10:00 - 11:00, UTC, 2026-07-01T10:00:00Z, UTC",
      "2026-07-01, 10:00 - 11:00, Z, 2026-07-01T10:00:00Z, UTC",
      "2026-07-01, 10:00 - 11:00, BST, 2026-07-01T09:00:00Z, Europe/London",
      "2026-07-01, 10:00 - 11:00, JST, 2026-07-01T01:00:00Z, Asia/Tokyo",
      "2026-07-01, 10:00 - 11:00, AEST, 2026-07-01T00:00:00Z, Australia/Sydney",
      "2026-01-10, 10:00 - 11:00, AEDT, 2026-01-09T23:00:00Z, Australia/Sydney",
      "2026-07-01, 10:00 - 11:00, Europe/Paris, 2026-07-01T08:00:00Z, Europe/Paris",
      "2026-07-01, 10:00 - 11:00, pst, 2026-07-01T17:00:00Z, America/Los_Angeles"
    })
    void everyKnownAbbreviationAndIanaIdIsAccepted(
        String date, String times, String zone, String startUtc, String region) {
      EventTime t = time(slot(date, times + " " + zone));

      assertThat(t.startInstant()).hasToString(startUtc);
      assertThat(t.zone().getId()).isEqualTo(region);
    }

    @Test
    void anIanaIdInTheSlotNeedsNoWarning() {
      assertThat(slot("2026-07-01", "10:00 - 11:00 Europe/Paris").notes()).isEmpty();
    }

    @Test
    void anUnknownZoneIsAnError() {
      TimeReading r = slot("2026-07-01", "10:00 - 11:00 XYZ");

      assertThat(r.failed()).isTrue();
      assertThat(errors(r)).singleElement().asString().contains("unknown time zone \"XYZ\"");
    }

    @Test
    void aSlotWithoutZoneIsReadInTheScheduleZoneWithAWarning() {
      TimeReading r = slot("2026-07-01", "10:00 - 11:00");

      assertThat(time(r).zone()).isEqualTo(SCHEDULE_ZONE);
      assertThat(warnings(r)).containsExactly("time_slot names no zone; read in Europe/Berlin");
    }
  }

  @Nested
  class TheTimezoneField {
    @Test
    void overridesTheZoneWrittenInTheSlot() {
      TimeReading r =
          rules.read(
              new PageDate.Day(LocalDate.parse("2026-07-01")),
              Optional.of("10:00am - 11:00am PST"),
              Optional.of("Europe/Paris"));

      assertThat(time(r).startInstant()).hasToString("2026-07-01T08:00:00Z");
      assertThat(warnings(r))
          .containsExactly(
              "time_slot zone \"PST\" ignored: timezone = \"Europe/Paris\" overrides it");
    }

    @Test
    void givesTheZoneWhenTheSlotHasNone() {
      TimeReading r =
          rules.read(
              new PageDate.Day(LocalDate.parse("2026-07-01")),
              Optional.of("10:00 - 11:00"),
              Optional.of("Asia/Tokyo"));

      assertThat(time(r).startInstant()).hasToString("2026-07-01T01:00:00Z");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void mustBeAZone() {
      TimeReading r =
          rules.read(
              new PageDate.Day(LocalDate.parse("2026-07-01")),
              Optional.of("10:00 - 11:00"),
              Optional.of("Mars/Olympus"));

      assertThat(r.failed()).isTrue();
      assertThat(r.notes()).singleElement().extracting(TimeNote::field).isEqualTo("timezone");
    }

    @Test
    void acceptsAnAbbreviationWithAWarning() {
      TimeReading r =
          rules.read(
              new PageDate.Day(LocalDate.parse("2026-07-01")),
              Optional.of("10:00 - 11:00"),
              Optional.of("PST"));

      assertThat(time(r).zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
      assertThat(warnings(r))
          .contains("timezone \"PST\" is not an IANA id; read as America/Los_Angeles");
    }
  }

  @Nested
  class EndsThatComeBeforeStarts {
    @Test
    void anAmPmSlipUnderSixHoursIsRepaired() {
      TimeReading r = slot("2021-10-15", "11:55am - 12:30am PST");

      assertThat(time(r).end())
          .contains(ZonedDateTime.parse("2021-10-15T12:30-07:00[America/Los_Angeles]"));
      assertThat(warnings(r))
          .contains(
              "time_slot ends at 00:30, before it starts at 11:55; read as an am/pm slip: ends at 12:30");
    }

    @Test
    void anEndTooFarOffForASlipIsUnknown() {
      TimeReading r = slot("2021-07-22", "09:00am - 08:00am PST");

      assertThat(time(r).start())
          .isEqualTo(ZonedDateTime.parse("2021-07-22T09:00-07:00[America/Los_Angeles]"));
      assertThat(time(r).end()).isEmpty();
      assertThat(warnings(r))
          .contains("time_slot ends at 08:00, before it starts at 09:00; end unknown");
    }

    @Test
    void aLateTalkEndingAfterMidnightEndsTheNextDay() {
      TimeReading r = slot("2026-07-01", "11:00pm - 12:30am CEST");

      assertThat(time(r).end())
          .contains(ZonedDateTime.parse("2026-07-02T00:30+02:00[Europe/Brussels]"));
      assertThat(warnings(r))
          .anyMatch(w -> w.contains("read as ending after midnight, on 2026-07-02"));
    }

    @Test
    void zeroLengthMeansTheEndIsUnknown() {
      TimeReading r = slot("2024-02-03", "2:20pm - 2:20pm CET");

      assertThat(time(r).start())
          .isEqualTo(ZonedDateTime.parse("2024-02-03T14:20+01:00[Europe/Brussels]"));
      assertThat(time(r).end()).isEmpty();
      assertThat(warnings(r)).containsExactly("time_slot starts and ends at 14:20; end unknown");
    }

    @Test
    void aSlotWithOnlyAStartHasNoEndAndNoWarning() {
      TimeReading r = slot("2026-07-01", "3pm CEST");

      assertThat(time(r).start().toLocalTime()).hasToString("15:00");
      assertThat(time(r).end()).isEmpty();
      assertThat(r.notes()).isEmpty();
    }
  }

  @Nested
  class TwentyFourHourSlips {
    @Test
    void thirteenOhFivePmIsReadAs1305() {
      TimeReading r = slot("2025-02-02", "12:50pm - 13:05pm CET");

      assertThat(time(r).end())
          .contains(ZonedDateTime.parse("2025-02-02T13:05+01:00[Europe/Brussels]"));
      assertThat(warnings(r))
          .containsExactly("\"13:05pm\" mixes 24-hour time with pm; read as 13:05");
    }

    @Test
    void twelveAmIsMidnightAndTwelvePmIsNoon() {
      assertThat(time(slot("2026-07-01", "12:00pm - 1:00pm UTC")).startInstant())
          .hasToString("2026-07-01T12:00:00Z");
      assertThat(time(slot("2026-07-01", "12:00am - 1:00am UTC")).startInstant())
          .hasToString("2026-07-01T00:00:00Z");
    }

    @Test
    void anImpossibleTimeIsAnError() {
      TimeReading r = slot("2026-07-01", "25:00 - 26:00 UTC");

      assertThat(r.failed()).isTrue();
      assertThat(errors(r)).singleElement().asString().contains("is not a time");
    }

    @Test
    void textThatIsNoSlotAtAllIsAnError() {
      TimeReading r = slot("2026-07-01", "afternoon, probably");

      assertThat(r.failed()).isTrue();
      assertThat(errors(r)).singleElement().asString().startsWith("cannot read time_slot");
    }
  }

  @Nested
  class DaylightSavingTransitions {
    @Test
    void aTimeSkippedBySpringForwardMovesForwardWithAWarning() {
      TimeReading r = slot("2026-03-08", "2:30am - 3:30am PT");

      assertThat(time(r).start())
          .isEqualTo(ZonedDateTime.parse("2026-03-08T03:30-07:00[America/Los_Angeles]"));
      assertThat(warnings(r)).anyMatch(w -> w.startsWith("02:30 does not exist on 2026-03-08"));
    }

    @Test
    void aRepeatedTimeFollowsTheWrittenAbbreviation() {
      EventTime standard = time(slot("2026-11-01", "1:30am - 1:45am PST"));
      EventTime daylight = time(slot("2026-11-01", "1:30am - 1:45am PDT"));

      assertThat(standard.startInstant()).hasToString("2026-11-01T09:30:00Z");
      assertThat(daylight.startInstant()).hasToString("2026-11-01T08:30:00Z");
    }

    @Test
    void aRepeatedTimeWithAGenericZoneTakesTheFirstWithAWarning() {
      TimeReading r = slot("2026-11-01", "1:30am - 1:45am PT");

      assertThat(time(r).startInstant()).hasToString("2026-11-01T08:30:00Z");
      assertThat(warnings(r)).anyMatch(w -> w.startsWith("01:30 happens twice on 2026-11-01"));
    }
  }

  @Nested
  class DatesWithoutSlots {
    @Test
    void aDayWithoutSlotIsAnAllDayEntryInTheScheduleZone() {
      TimeReading r =
          rules.read(
              new PageDate.Day(LocalDate.parse("2025-04-23")), Optional.empty(), Optional.empty());

      assertThat(time(r).allDay()).isTrue();
      assertThat(time(r).start())
          .isEqualTo(ZonedDateTime.parse("2025-04-23T00:00+02:00[Europe/Berlin]"));
      assertThat(time(r).end()).isEmpty();
      assertThat(warnings(r))
          .containsExactly("no time_slot: all-day entry on 2025-04-23 in Europe/Berlin");
    }

    @Test
    void aTomlDateTimeWithOffsetNeedsNoSlot() {
      TimeReading r =
          rules.read(
              new PageDate.Offset(OffsetDateTime.parse("2026-12-03T17:00:00+01:00")),
              Optional.empty(),
              Optional.empty());

      assertThat(time(r).startInstant()).hasToString("2026-12-03T16:00:00Z");
      assertThat(time(r).allDay()).isFalse();
      assertThat(time(r).zone()).isEqualTo(SCHEDULE_ZONE);
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void anOffsetThatIsNotTheScheduleZonesKeepsItsOwnOffset() {
      TimeReading r =
          rules.read(
              new PageDate.Offset(OffsetDateTime.parse("2026-12-03T17:00:00-05:00")),
              Optional.empty(),
              Optional.empty());

      assertThat(time(r).startInstant()).hasToString("2026-12-03T22:00:00Z");
      assertThat(time(r).zone().getId()).isEqualTo("-05:00");
    }

    @Test
    void aDateTimeAndAnAgreeingSlotGiveTheEnd() {
      TimeReading r =
          rules.read(
              new PageDate.Offset(OffsetDateTime.parse("2026-12-03T17:00:00+01:00")),
              Optional.of("5:00pm - 6:00pm CET"),
              Optional.empty());

      assertThat(time(r).end().map(ZonedDateTime::toInstant))
          .hasValueSatisfying(e -> assertThat(e).hasToString("2026-12-03T17:00:00Z"));
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void aDateTimeAndADisagreeingSlotUseTheDate() {
      TimeReading r =
          rules.read(
              new PageDate.Offset(OffsetDateTime.parse("2026-12-03T17:00:00+01:00")),
              Optional.of("9:00am - 10:00am CET"),
              Optional.empty());

      assertThat(time(r).startInstant()).hasToString("2026-12-03T16:00:00Z");
      assertThat(time(r).end()).isEmpty();
      assertThat(warnings(r)).anyMatch(w -> w.startsWith("time_slot disagrees with date"));
    }

    @Test
    void aLocalDateTimeIsReadInTheScheduleZoneWithAWarning() {
      TimeReading r =
          rules.read(
              new PageDate.Local(LocalDateTime.parse("2026-12-03T17:00:00")),
              Optional.empty(),
              Optional.empty());

      assertThat(time(r).startInstant()).hasToString("2026-12-03T16:00:00Z");
      assertThat(warnings(r)).singleElement().asString().contains("has no offset");
    }
  }
}
