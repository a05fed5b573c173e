package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Subscriber;
import webinarbot.domain.Webinar;
import webinarbot.testing.slack.SlackFixtures;

/**
 * "Remind me" on Slack: a signed {@code block_actions} click into the real Jetty endpoint, acked at
 * once, the answer through the {@code response_url} for the clicker alone.
 */
class RemindMeClickTest {
  private static final String ADA = "U0ADA";
  private SlackBot bot;
  private Webinar talk;

  @BeforeEach
  void start() throws Exception {
    talk = SlackFixtures.full();
    bot = new SlackBot(List.of(talk));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
  }

  @Test
  void givenAnAnnouncement_whenSomeoneClicksRemindMe_thenTheyAreSubscribedAndToldAlone()
      throws Exception {
    HttpResponse<String> ack = bot.click(ADA, BlockKit.REMIND_ACTION, talk.id());

    assertThat(ack.statusCode()).isEqualTo(200);
    String answer = awaitResponses(1).get(0);
    assertThat(answer)
        .contains("\"response_type\":\"ephemeral\"")
        .contains("\"replace_original\":false")
        .contains("message you 15 minutes before")
        .contains("Cancel my reminder");
    assertThat(bot.subscriptions.subscribers(talk.id()))
        .containsExactly(new Subscriber("slack", ADA));
  }

  @Test
  void givenASubscriber_whenTheyClickAgainOrCancel_thenTheyAreUnsubscribed() throws Exception {
    bot.click(ADA, BlockKit.REMIND_ACTION, talk.id());
    awaitResponses(1);

    bot.click(ADA, BlockKit.REMIND_ACTION, talk.id());

    String answer = awaitResponses(2).get(1);
    assertThat(answer).contains("no reminder of").contains("Remind me");
    assertThat(bot.subscriptions.subscribers(talk.id())).isEmpty();
  }

  @Test
  void givenAForgedClick_whenPosted_thenRejectedAndNobodyIsSubscribed() throws Exception {
    String body =
        webinarbot.testing.slack.SlackSender.blockAction(
            ADA, BlockKit.REMIND_ACTION, talk.id(), SlackBot.CHANNEL, bot.slack.responseUrl("x"));

    HttpResponse<String> r =
        bot.sender.send(body, bot.clock.instant().getEpochSecond(), "another-apps-secret");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(bot.subscriptions.webinars()).isEmpty();
  }

  @Test
  void givenAnAnnouncementAndAReminder_whenRendered_thenBothCarryTheButtonWithTheWebinarsId() {
    for (webinarbot.domain.PostKind kind :
        List.of(
            webinarbot.domain.PostKind.ANNOUNCEMENT,
            webinarbot.domain.PostKind.reminder(Duration.ofHours(1)))) {
      String json =
          new SlackRenderer().message(new webinarbot.delivery.Post.About(kind, talk)).blocksJson();

      assertThat(json)
          .contains("\"action_id\":\"" + BlockKit.REMIND_ACTION + "\"")
          .contains("\"value\":\"" + talk.id() + "\"");
    }
    String starting =
        new SlackRenderer()
            .message(new webinarbot.delivery.Post.About(webinarbot.domain.PostKind.STARTING, talk))
            .blocksJson();
    assertThat(starting).doesNotContain(BlockKit.REMIND_ACTION);
  }

  private List<String> awaitResponses(int n) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.slack.responses(), r -> r.size() >= n);
  }
}
