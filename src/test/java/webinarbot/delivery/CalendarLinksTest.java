package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestWebinars;

/** The Google Calendar link every announcement carries. */
class CalendarLinksTest {
  @Test
  void givenATimedTalk_thenTheLinkIsGooglesTemplateWithTitleUtcDatesPageAndPlace() {
    Webinar w =
        TestWebinars.timed("t", "2026-06-10T17:00", "Europe/Brussels").title("VPP & you").build();

    Map<String, String> q = query(CalendarLinks.google(w));

    assertThat(CalendarLinks.google(w).toString())
        .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&");
    assertThat(q)
        .containsEntry("text", "VPP & you")
        .containsEntry("dates", "20260610T150000Z/20260610T160000Z")
        .containsEntry("details", "https://fd.io/news/webinars/t/")
        .containsEntry("location", "https://fd.io/news/webinars/t/");
  }

  @Test
  void givenAnAllDayTalk_thenTheDatesAreWholeDaysWithTheEndExclusive() {
    Webinar w = TestWebinars.allDay("day", "2026-06-10", "UTC").build();

    assertThat(query(CalendarLinks.google(w))).containsEntry("dates", "20260610/20260611");
  }

  @Test
  void givenAVeryLongTitle_thenTheLinkStaysWithinDiscordsButtonLimit() {
    Webinar w = TestWebinars.timed("t", "2026-06-10T17:00", "UTC").title("ü".repeat(400)).build();

    URI link = CalendarLinks.google(w);

    assertThat(link.toString()).hasSizeLessThanOrEqualTo(512);
    assertThat(query(link).get("text")).endsWith("…");
  }

  private static Map<String, String> query(URI link) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : link.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }
}
