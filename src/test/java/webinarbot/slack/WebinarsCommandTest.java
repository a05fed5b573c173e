package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.slack.SlackFixtures;

/** {@code /webinars} typed in Slack, answered by the running bot. */
class WebinarsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SlackBot bot;

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
  }

  private void start(Duration ackBudget) throws Exception {
    bot =
        new SlackBot(
            List.of(
                SlackFixtures.full(),
                WebinarBuilder.webinar("calico_vpp")
                    .title("Calico/VPP: Kubernetes networking")
                    .starts("2030-04-01T17:00:00+02:00[Europe/Brussels]")
                    .build()),
            ackBudget);
  }

  private JsonNode type(String text, String user) throws Exception {
    if (bot == null) {
      start(SlackModule.ACK_BUDGET);
    }
    HttpResponse<String> r = bot.type(text, user);
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String text(JsonNode answer) {
    return answer.get("text").asText() + "\n" + answer.get("blocks").toString();
  }

  @Nested
  class ForEveryone {
    @Test
    void givenNoSubcommand_whenTyped_thenTheUpcomingWebinarsAreListedOnlyToTheCaller()
        throws Exception {
      JsonNode answer = type("", SlackBot.STRANGER);

      assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(answer.at("/blocks/0/type").asText()).isEqualTo("header");
      assertThat(answer.at("/blocks/0/text/text").asText()).isEqualTo("Upcoming webinars");
      assertThat(text(answer))
          .contains("VPP in your home lab")
          .contains("Calico/VPP")
          .contains("<!date^1898956800^{date_long_pretty} {time}|");
    }

    @Test
    void givenNext_whenTyped_thenTheNextWebinarIsShownInFull() throws Exception {
      JsonNode answer = type("next", SlackBot.STRANGER);

      assertThat(answer.at("/blocks/0/text/text").asText())
          .isEqualTo("VPP in your home lab? Yep. Right now.");
      assertThat(text(answer)).contains("Audian Paxson").contains("Slides (PDF)");
    }

    @Test
    void givenSearchWords_whenTyped_thenOnlyMatchingWebinarsAreListed() throws Exception {
      String found = text(type("search kubernetes", SlackBot.STRANGER));
      String none = text(type("search quantum", SlackBot.STRANGER));

      assertThat(found).contains("Calico/VPP").doesNotContain("home lab");
      assertThat(none).contains("No upcoming webinar matches");
    }

    @Test
    void givenShowWithAnId_whenTyped_thenThatWebinarIsShown() throws Exception {
      assertThat(text(type("show calico_vpp", SlackBot.STRANGER)))
          .contains("Calico/VPP: Kubernetes networking");
    }

    @Test
    void givenAPublicUrl_whenShowIsTyped_thenTheAnswerLinksTheTalksIcs() throws Exception {
      bot =
          new SlackBot(
              List.of(SlackFixtures.full()),
              new webinarbot.delivery.CalendarLinks(
                  java.util.Optional.of(java.net.URI.create("https://bot.example.org/"))));

      String answer = text(type("show " + SlackFixtures.full().id(), SlackBot.STRANGER));

      assertThat(answer)
          .contains("Add to Google Calendar")
          .contains("https://bot.example.org/webinars/" + SlackFixtures.full().id() + ".ics");
    }

    @Test
    void givenShowWithAMistypedId_whenTyped_thenTheClosestIdsAreSuggested() throws Exception {
      JsonNode answer = type("show vpp_in_home", SlackBot.STRANGER);

      assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(answer.get("text").asText())
          .contains("no webinar with id `vpp_in_home`")
          .contains("`vpp_in_home_lab`");
    }

    @Test
    void givenHelp_whenTyped_thenEverySubcommandIsExplained() throws Exception {
      assertThat(type("help", SlackBot.STRANGER).get("text").asText())
          .contains("/webinars list")
          .contains("/webinars next")
          .contains("/webinars search WORDS")
          .contains("/webinars show ID")
          .contains("/webinars announce ID [KIND]")
          .contains("/webinars help");
    }

    @Test
    void givenAnUnknownSubcommand_whenTyped_thenTheKnownOnesAreOffered() throws Exception {
      assertThat(type("frobnicate", SlackBot.STRANGER).get("text").asText())
          .startsWith("I don't know `frobnicate`")
          .contains("`list`");
    }

    @Test
    void givenTypedTextWithAMention_whenEchoedBack_thenItIsEscaped() throws Exception {
      JsonNode answer = type("<!channel> <@U123>", SlackBot.STRANGER);

      assertThat(text(answer))
          .doesNotContain("<!channel>")
          .doesNotContain("<@U123>")
          .contains("&lt;!channel&gt;");
    }

    @Test
    void givenAPageChanged_whenListedAgain_thenTheNewDetailsAreShown() throws Exception {
      assertThat(text(type("list", SlackBot.STRANGER)))
          .contains("Calico/VPP: Kubernetes networking");

      bot.catalogue.set(
          new webinarbot.domain.Catalogue(
              List.of(
                  WebinarBuilder.webinar("calico_vpp")
                      .title("Calico/VPP: renamed")
                      .starts("2030-04-01T17:00:00+02:00[Europe/Brussels]")
                      .build())));

      assertThat(text(type("list", SlackBot.STRANGER)))
          .contains("Calico/VPP: renamed")
          .doesNotContain("home lab");
    }

    @Test
    void givenACommandThatBreaks_whenTyped_thenAPoliteAnswerAndNoStackTrace() throws Exception {
      start(SlackModule.ACK_BUDGET);
      bot.catalogue.set(null); // a bug inside the command: the catalogue is missing

      JsonNode answer = type("list", SlackBot.STRANGER);

      assertThat(answer.get("text").asText()).isEqualTo(WebinarsSlashCommand.FAILED);
      assertThat(answer.toString()).doesNotContain("Exception").doesNotContain("at webinarbot");
    }
  }

  @Nested
  class Announcing {
    @Test
    void givenAMaintainer_whenAnnouncing_thenThePostGoesOutAndTheChannelSeesTheAnswer()
        throws Exception {
      JsonNode answer = type("announce vpp_in_home_lab", SlackBot.MAINTAINER);

      assertThat(answer.get("response_type").asText()).isEqualTo("in_channel");
      assertThat(answer.get("text").asText())
          .contains("Posted *VPP in your home lab")
          .contains("slack:C0ANNOUNCE");
      assertThat(bot.slack.messages(SlackBot.CHANNEL)).hasSize(1);
      assertThat(bot.slack.messages(SlackBot.CHANNEL).get(0).text())
          .startsWith("New webinar: VPP in your home lab");
    }

    @Test
    void givenAMaintainer_whenAnnouncingTheSameTwice_thenTheSecondSaysItWasAlreadyPosted()
        throws Exception {
      type("announce vpp_in_home_lab", SlackBot.MAINTAINER);
      JsonNode again = type("announce vpp_in_home_lab", SlackBot.MAINTAINER);

      assertThat(again.get("text").asText())
          .contains("Nothing new was posted")
          .contains("Already posted to:* slack:C0ANNOUNCE");
      assertThat(bot.slack.messages(SlackBot.CHANNEL)).hasSize(1);
    }

    @Test
    void givenAMaintainer_whenAnnouncingAReminder_thenTheReminderWordingIsPosted()
        throws Exception {
      type("announce vpp_in_home_lab reminder-1d", SlackBot.MAINTAINER);

      assertThat(bot.slack.messages(SlackBot.CHANNEL).get(0).text())
          .startsWith("Starts in 1 day: VPP");
    }

    @Test
    void givenSomeoneElse_whenAnnouncing_thenPolitelyRefusedAndNothingIsPosted() throws Exception {
      JsonNode answer = type("announce vpp_in_home_lab", SlackBot.STRANGER);

      assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(answer.get("text").asText())
          .startsWith("Sorry, only maintainers can announce webinars");
      assertThat(bot.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void givenAMemberOfAMaintainerGroup_whenAnnouncing_thenTheGroupIsAskedAndThePostGoesOut()
        throws Exception {
      JsonNode answer = type("announce vpp_in_home_lab", SlackBot.GROUP_MEMBER);

      assertThat(answer.get("response_type").asText()).isEqualTo("in_channel");
      assertThat(bot.slack.calls("usergroups.users.list")).hasSize(1);
      assertThat(bot.slack.calls("usergroups.users.list").get(0).params())
          .containsEntry("usergroup", SlackBot.GROUP);
      assertThat(bot.slack.messages(SlackBot.CHANNEL)).hasSize(1);
    }

    @Test
    void givenGroupMembersWereRead_whenAskedAgainSoon_thenTheCacheAnswersUntilItExpires()
        throws Exception {
      type("announce vpp_in_home_lab", SlackBot.GROUP_MEMBER);
      type("announce calico_vpp", SlackBot.GROUP_MEMBER);
      assertThat(bot.slack.calls("usergroups.users.list")).hasSize(1);

      bot.slack.userGroup(SlackBot.GROUP); // the member left the group
      bot.clock.advance(SlackMaintainers.GROUP_CACHE.plusSeconds(1));
      JsonNode answer = type("announce calico_vpp starting", SlackBot.GROUP_MEMBER);

      assertThat(bot.slack.calls("usergroups.users.list")).hasSize(2);
      assertThat(answer.get("text").asText()).startsWith("Sorry, only maintainers");
    }

    @Test
    void givenAnUnknownKind_whenAnnouncing_thenTheKindsAreListed() throws Exception {
      assertThat(type("announce vpp_in_home_lab shout", SlackBot.MAINTAINER).get("text").asText())
          .contains("`shout` is not a kind of post");
      assertThat(bot.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void givenASlowAnnouncement_whenTyped_thenAckedAtOnceAndAnsweredThroughResponseUrl()
        throws Exception {
      start(Duration.ofMillis(100));
      bot.announcer.hold();

      JsonNode ack = type("announce vpp_in_home_lab", SlackBot.MAINTAINER);

      assertThat(ack.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(ack.get("text").asText()).isEqualTo(WebinarsSlashCommand.WORKING);
      assertThat(bot.slack.responses()).isEmpty();

      bot.announcer.open();

      await().atMost(Duration.ofSeconds(10)).until(() -> !bot.slack.responses().isEmpty());
      JsonNode late = JSON.readTree(bot.slack.responses().get(0));
      assertThat(late.get("response_type").asText()).isEqualTo("in_channel");
      assertThat(late.get("text").asText()).contains("Posted *VPP in your home lab");
      assertThat(bot.slack.messages(SlackBot.CHANNEL)).hasSize(1);
    }
  }
}
