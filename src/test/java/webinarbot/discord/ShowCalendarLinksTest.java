package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.discord.Interactions.id;
import static webinarbot.testing.discord.Interactions.member;
import static webinarbot.testing.discord.Interactions.slash;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/** {@code /webinars show ID} on Discord, run with {@code http.public_url}: the talk's own .ics. */
class ShowCalendarLinksTest {
  @RegisterExtension
  static final DiscordFixture FIXTURE =
      new DiscordFixture().withPublicUrl("https://bot.example.org/");

  private static final Webinar HOME_LAB =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(30)));

  @Test
  void givenAPublicUrl_whenAMemberShowsAWebinar_thenTheAnswerLinksItsIcsBesideGoogleCalendar() {
    FIXTURE.catalogue(HOME_LAB);

    String answer =
        FIXTURE
            .discord()
            .exchange(slash("show", id(HOME_LAB.id()), member("1700000000000000042")))
            .stream()
            .filter(r -> r.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
            .map(RecordedRequest::body)
            .findFirst()
            .orElseThrow()
            .path("components")
            .toString();

    assertThat(answer)
        .contains("Add to Google Calendar")
        .contains("\"https://bot.example.org/webinars/vpp_in_home_lab.ics\"");
  }
}
