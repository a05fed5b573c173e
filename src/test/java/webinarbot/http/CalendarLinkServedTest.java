package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;
import webinarbot.discord.DiscordRenderer;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.slack.SlackRenderer;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.ops.OpsServer;

/**
 * The {@code .ics} link an announcement carries with {@code http.public_url} is one the bot's own
 * web server answers: taken from the Slack and Discord payloads, fetched over a socket from the
 * real Jetty endpoint, and parsed strictly.
 */
class CalendarLinkServedTest {
  private static final Pattern ICS = Pattern.compile("\"(http://[^\"]+\\.ics)\"");

  private final Webinar talk =
      TestWebinars.timed("vpp_talk", "2026-06-10T17:00", "Europe/Brussels").build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void givenAPublicUrl_whenTheAnnouncementsIcsLinkIsFetched_thenItIsTheTalkParsedStrictly()
      throws Exception {
    try (OpsServer ops =
        OpsServer.start(new Catalogue(List.of(talk)), MutableClock.at("2026-06-01T00:00:00Z"))) {
      CalendarLinks calendar = new CalendarLinks(Optional.of(ops.uri()));

      for (PostRenderer renderer :
          List.of(new SlackRenderer(calendar), new DiscordRenderer(calendar))) {
        URI link = icsLink(renderer.render(new Post.About(PostKind.ANNOUNCEMENT, talk)));
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(link).isEqualTo(ops.uri().resolve("webinars/vpp_talk.ics"));
        assertThat(response.statusCode()).as(renderer.platform()).isEqualTo(200);
        List<VEvent> events = TalkCalendarTest.strict(response.body()).getComponents("VEVENT");
        assertThat(events)
            .singleElement()
            .satisfies(
                e -> assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("vpp_talk@fd.io"));
      }
    }
  }

  private static URI icsLink(String payload) {
    Matcher m = ICS.matcher(payload);
    assertThat(m.find()).as("an .ics link in %s", payload).isTrue();
    return URI.create(m.group(1));
  }
}
