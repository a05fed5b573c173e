package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.ops.OpsServer;

/** {@code GET /webinars/ID.ics}: one talk, one VEVENT, the feed's UID, parsed strictly. */
class TalkCalendarTest {
  private final Webinar talk =
      TestWebinars.timed("vpp_talk", "2026-06-10T17:00", "Europe/Brussels").build();
  private final Webinar other = TestWebinars.timed("other", "2026-06-11T17:00", "UTC").build();
  private final Webinar draft =
      TestWebinars.timed("draft", "2026-06-12T17:00", "UTC").draft().build();
  private final Catalogue catalogue = new Catalogue(List.of(talk, other, draft));

  @Test
  void
      givenAKnownTalk_whenItsCalendarFileIsFetched_thenItHoldsOneStrictlyValidEventWithTheFeedsUid()
          throws Exception {
    try (OpsServer ops = OpsServer.start(catalogue, MutableClock.at("2026-06-01T00:00:00Z"))) {
      HttpResponse<String> one = ops.get("/webinars/vpp_talk.ics");
      String feed = ops.get("/webinars.ics").body();

      assertThat(one.statusCode()).isEqualTo(200);
      assertThat(one.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
      assertThat(one.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"vpp_talk.ics\"");
      Calendar calendar = strict(one.body());
      List<VEvent> events = calendar.getComponents("VEVENT");
      assertThat(events).hasSize(1);
      String uid = events.get(0).getUid().orElseThrow().getValue();
      assertThat(uid).isEqualTo("vpp_talk@fd.io");
      assertThat(
              strict(feed).<VEvent>getComponents("VEVENT").stream()
                  .map(e -> e.getUid().orElseThrow().getValue()))
          .contains(uid);
    }
  }

  @Test
  void givenAnUnknownTalkOrADraft_whenFetched_thenItIsNotFound() throws Exception {
    try (OpsServer ops = OpsServer.start(catalogue, MutableClock.at("2026-06-01T00:00:00Z"))) {
      assertThat(ops.get("/webinars/nope.ics").statusCode()).isEqualTo(404);
      assertThat(ops.get("/webinars/draft.ics").statusCode()).isEqualTo(404);
      assertThat(ops.get("/webinars/vpp_talk.txt").statusCode()).isEqualTo(404);
    }
  }

  static Calendar strict(String ics) throws Exception {
    assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).isFalse();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as("validation: %s", result).isFalse();
    return calendar;
  }
}
