package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Series;
import webinarbot.domain.Webinar;

/** {@code recurrence} and {@code exdates}: one page, occurrences at its local time in its zone. */
class SeriesReaderTest {
  @TempDir Path temp;

  private LoadResult load(String name, String frontMatter) throws IOException {
    Files.writeString(temp.resolve(name), "+++\n" + frontMatter + "+++\nThe weekly call.\n");
    return new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC")).load(temp);
  }

  private static List<String> local(Series s) {
    return s.occurrences().stream()
        .map(o -> o.toLocalDateTime() + o.getOffset().toString())
        .toList();
  }

  @Test
  void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSavingInTwoZonesAndSkipsItsExdates()
      throws IOException {
    String page =
        """
        title = "Community call"
        date = "2026-03-03"
        time_slot = "09:00am - 10:00am %s"
        recurrence = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
        exdates = [2026-03-17]
        """;
    load("la.md", page.formatted("America/Los_Angeles"));
    LoadResult r = load("berlin.md", page.formatted("Europe/Berlin"));

    assertThat(r.diagnostics()).isEmpty();
    Series la = r.catalogue().find("la").orElseThrow().series().orElseThrow();
    Series berlin = r.catalogue().find("berlin").orElseThrow().series().orElseThrow();
    // The US changes clocks on 8 March, Europe on 29 March; 17 March is skipped, COUNT
    // counts the skipped one, as RFC 5545 does.
    assertThat(local(la))
        .containsExactly(
            "2026-03-03T09:00-08:00",
            "2026-03-10T09:00-07:00",
            "2026-03-24T09:00-07:00",
            "2026-03-31T09:00-07:00",
            "2026-04-07T09:00-07:00");
    assertThat(local(berlin))
        .containsExactly(
            "2026-03-03T09:00+01:00",
            "2026-03-10T09:00+01:00",
            "2026-03-24T09:00+01:00",
            "2026-03-31T09:00+02:00",
            "2026-04-07T09:00+02:00");
    assertThat(la.exdates()).containsExactly(LocalDate.parse("2026-03-17"));
  }

  @Test
  void anOccurrenceKeepsThePagesLengthAndAnEndlessMonthlyRuleIsExpandedTwoYears()
      throws IOException {
    LoadResult r =
        load(
            "tsc.md",
            """
            title = "TSC meeting"
            date = 2026-01-14T16:00:00Z
            time_slot = "16:00 - 17:30 UTC"
            recurrence = "FREQ=MONTHLY;BYDAY=2WE"
            """);

    Webinar w = r.catalogue().find("tsc").orElseThrow();
    Series s = w.series().orElseThrow();
    assertThat(s.occurrences()).hasSize(25);
    assertThat(s.occurrences().get(1)).isEqualTo(ZonedDateTime.parse("2026-02-11T16:00Z[UTC]"));
    Webinar second = w.occurrence(s.occurrences().get(1));
    assertThat(second.time().end()).contains(ZonedDateTime.parse("2026-02-11T17:30Z[UTC]"));
    assertThat(s.nextAfter(java.time.Instant.parse("2026-02-11T16:00:00Z")))
        .contains(ZonedDateTime.parse("2026-03-11T16:00Z[UTC]"));
    // list and next (chat, ICS, Discord events, the digest) show the occurrence to come.
    java.time.Instant feb20 = java.time.Instant.parse("2026-02-20T00:00:00Z");
    assertThat(r.catalogue().next(feb20).orElseThrow().time().start())
        .isEqualTo(ZonedDateTime.parse("2026-03-11T16:00Z[UTC]"));
    assertThat(r.catalogue().upcoming(feb20)).hasSize(1);
  }

  @Test
  void aBrokenRuleOrExdateIsAnErrorNamingItsLineAndField() throws IOException {
    LoadResult r =
        load(
            "broken.md",
            """
            title = "Broken"
            date = "2026-03-03"
            time_slot = "17:00 - 18:00 UTC"
            recurrence = "FREQ=FORTNIGHTLY"
            """);

    assertThat(r.catalogue().find("broken")).isEmpty();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(5);
              assertThat(d.field()).isEqualTo("recurrence");
              assertThat(d.message()).startsWith("\"FREQ=FORTNIGHTLY\" is not an RFC 5545 RRULE");
            });
  }
}
