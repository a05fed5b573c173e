package webinarbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.content.HugoContentLoader;
import webinarbot.domain.Webinar;

/** The feed entry of a series as `review` shows it: one event with its rule and skipped dates. */
class IcsChangeTest {
  @TempDir Path temp;

  private Webinar series(String exdates) throws Exception {
    Files.writeString(
        temp.resolve("call.md"),
        """
        +++
        title = "Community call"
        date = "2026-03-03"
        time_slot = "09:00am - 10:00am America/Los_Angeles"
        recurrence = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
        exdates = [%s]
        +++
        The weekly call.
        """
            .formatted(exdates));
    return new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC"))
        .load(temp)
        .catalogue()
        .find("call")
        .orElseThrow();
  }

  @Test
  void givenASeriesPastItsFirstDate_whenADateIsSkipped_thenTheEntryShowsTheNewExdate()
      throws Exception {
    IcsChange ics =
        new IcsChange(URI.create("https://example.org/"), Instant.parse("2026-03-12T00:00:00Z"));
    Webinar before = series("");
    Webinar after = series("2026-03-17");

    assertThat(ics.of(Optional.empty(), Optional.of(before)))
        .contains("+RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU")
        .contains("+DTSTART;TZID=America/Los_Angeles:20260303T090000");
    assertThat(ics.of(Optional.of(before), Optional.of(after)))
        .filteredOn(l -> !l.startsWith(" "))
        .containsExactly("+EXDATE;TZID=America/Los_Angeles:20260317T090000");
  }
}
