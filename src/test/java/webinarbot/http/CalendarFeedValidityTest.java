package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.content.HugoContentLoader;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.MutableClock;
import webinarbot.testing.ops.OpsServer;

/**
 * /webinars.ics is a valid RFC 5545 calendar, checked by ical4j's parser with relaxed parsing,
 * unfolding and validation off, by its validator, and for the rule ical4j does not check: every
 * TZID an event names is defined by a VTIMEZONE of that TZID (§3.2.19).
 */
class CalendarFeedValidityTest {
  private static final Pattern TZID_PARAMETER =
      Pattern.compile("(?m)^[A-Z-]+;(?:[^:]*;)?TZID=([^;:]+)");

  private static String feed(Catalogue catalogue, String at) throws Exception {
    try (OpsServer ops = OpsServer.start(catalogue, MutableClock.at(at))) {
      return ops.get("/webinars.ics").body();
    }
  }

  /** Parses strictly and validates; returns the calendar. */
  private static Calendar strict(String ics) throws Exception {
    assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).isFalse();
    assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING))
        .isFalse();
    assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION))
        .isFalse();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as("validation: %s", result).isFalse();
    return calendar;
  }

  /** The TZIDs events use, unfolded, and the TZIDs the VTIMEZONEs define. */
  private static void assertEveryTzidIsDefined(String ics, Calendar calendar) {
    String unfolded = ics.replace("\r\n ", "");
    Set<String> used = new TreeSet<>();
    Matcher m = TZID_PARAMETER.matcher(unfolded.replace("\r\n", "\n"));
    while (m.find()) {
      used.add(m.group(1));
    }
    Set<String> defined =
        calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
            .map(z -> z.getTimeZoneId().getValue())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(defined).as("VTIMEZONEs").containsExactlyElementsOf(used);
  }

  @Test
  void givenTheFdioPages_thenTheFeedIsStrictlyValidAndDefinesEveryTzidItUses() throws Exception {
    String ics = feed(FdioCorpus.load().catalogue(), "2021-01-01T00:00:00Z");

    Calendar calendar = strict(ics);

    assertEveryTzidIsDefined(ics, calendar);
    assertThat(calendar.getComponents("VEVENT")).hasSizeGreaterThan(15);
  }

  @Test
  void givenTalksInUtcAnAliasAndAFixedOffset_thenEachIsWrittenWithADefinedTzidOrInUtc()
      throws Exception {
    List<Webinar> talks = new ArrayList<>();
    talks.add(webinar("utc").starts("2030-03-05T17:00:00Z[UTC]").build());
    talks.add(webinar("etc-utc").starts("2030-03-06T17:00:00Z[Etc/UTC]").build());
    talks.add(webinar("gmt").starts("2030-03-07T17:00:00Z[GMT]").build());
    talks.add(webinar("alias").starts("2030-03-08T09:00:00-08:00[US/Pacific]").build());
    talks.add(webinar("offset").starts("2030-03-09T17:00:00+05:30").build());
    talks.add(webinar("brussels").starts("2030-03-10T17:00:00+01:00[Europe/Brussels]").build());

    String ics = feed(new Catalogue(talks), "2030-01-01T00:00:00Z");
    Calendar calendar = strict(ics);

    assertEveryTzidIsDefined(ics, calendar);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("DTSTART:20300305T170000Z")
        .contains("DTSTART:20300306T170000Z")
        .contains("DTSTART:20300307T170000Z")
        .contains("DTSTART:20300309T113000Z")
        .contains("DTSTART;TZID=Europe/Brussels:20300310T170000")
        .doesNotContain("TZID=UTC", "TZID=Etc/UTC", "TZID=GMT");
    // US/Pacific is written under the TZID of its VTIMEZONE, in standard time on 8 March 2030.
    assertThat(unfolded).contains("DTSTART;TZID=America/Los_Angeles:20300308T090000");
  }

  @Test
  void givenAWeeklySeriesAcrossDaylightSaving_thenItIsOneEventWhoseRuleGivesEachOccurrence(
      @TempDir Path temp) throws Exception {
    Files.writeString(
        temp.resolve("call.md"),
        """
        +++
        title = "Community call"
        date = "2026-03-03"
        time_slot = "09:00am - 10:00am America/Los_Angeles"
        recurrence = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
        exdates = [2026-03-17]
        +++
        The weekly call.
        """);
    Catalogue catalogue =
        new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC"))
            .load(temp)
            .catalogue();

    // Fetched after the first occurrence: still the whole series, from the page's own start.
    String ics = feed(catalogue, "2026-03-12T00:00:00Z");
    Calendar calendar = strict(ics);
    assertEveryTzidIsDefined(ics, calendar);

    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent call = events.get(0);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("UID:call@fd.io\r\n")
        .contains("DTSTART;TZID=America/Los_Angeles:20260303T090000\r\n")
        .contains("RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU\r\n")
        .contains("EXDATE;TZID=America/Los_Angeles:20260317T090000\r\n");
    // The US changes clocks on 8 March: 09:00 stays 09:00, 17:00Z before, 16:00Z after.
    Set<Period<Temporal>> periods =
        call.calculateRecurrenceSet(
            new Period<>(
                ZonedDateTime.parse("2026-01-01T00:00Z"),
                ZonedDateTime.parse("2027-01-01T00:00Z")));
    List<String> starts = new ArrayList<>();
    periods.forEach(p -> starts.add(ZonedDateTime.from(p.getStart()).toInstant().toString()));
    assertThat(new TreeSet<>(starts))
        .containsExactly(
            "2026-03-03T17:00:00Z",
            "2026-03-10T16:00:00Z",
            "2026-03-24T16:00:00Z",
            "2026-03-31T16:00:00Z",
            "2026-04-07T16:00:00Z");
  }

  @Test
  void givenASeriesWhosePageDateIsSkipped_thenTheEventStartsAtTheNextAndKeepsTheLastOccurrence(
      @TempDir Path temp) throws Exception {
    Files.writeString(
        temp.resolve("call.md"),
        """
        +++
        title = "Community call"
        date = "2026-03-03"
        time_slot = "09:00am - 10:00am America/Los_Angeles"
        recurrence = "FREQ=WEEKLY;BYDAY=TU;COUNT=3"
        exdates = [2026-03-03]
        +++
        The weekly call.
        """);
    Catalogue catalogue =
        new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC"))
            .load(temp)
            .catalogue();

    String ics = feed(catalogue, "2026-03-01T00:00:00Z");
    VEvent call = strict(ics).<VEvent>getComponents("VEVENT").get(0);

    // COUNT counts the skipped page date: two occurrences are left, the last on 17 March.
    assertThat(ics.replace("\r\n ", ""))
        .contains("DTSTART;TZID=America/Los_Angeles:20260310T090000\r\n")
        .contains("UNTIL=20260317T160000Z")
        .doesNotContain("COUNT=")
        .doesNotContain("EXDATE");
    List<String> starts = new ArrayList<>();
    call.calculateRecurrenceSet(
            new Period<>(
                ZonedDateTime.parse("2026-01-01T00:00Z"), ZonedDateTime.parse("2027-01-01T00:00Z")))
        .forEach(
            p -> starts.add(ZonedDateTime.from(((Period<?>) p).getStart()).toInstant().toString()));
    assertThat(new TreeSet<>(starts))
        .containsExactly("2026-03-10T16:00:00Z", "2026-03-17T16:00:00Z");
  }
}
