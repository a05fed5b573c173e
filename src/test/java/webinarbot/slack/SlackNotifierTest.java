package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackApiStandIn.Failure;
import webinarbot.testing.slack.SlackFixtures;

/** Posting to Slack channels through the Web API, and every way that can go wrong. */
class SlackNotifierTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Target CHANNEL = new Target("slack", SlackBot.CHANNEL);
  private static final Post ANNOUNCEMENT =
      new Post.About(PostKind.ANNOUNCEMENT, SlackFixtures.full());

  private SlackApiStandIn slack;
  private SlackNotifier notifier;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStandIn();
    notifier = notifierFor(slack.apiUrl());
  }

  private static SlackNotifier notifierFor(URI apiUrl) {
    return new SlackNotifier(
        SlackClients.create(apiUrl).methods(SlackBot.BOT_TOKEN),
        List.of(SlackBot.CHANNEL),
        new SlackRenderer());
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void givenConfiguredChannels_whenAskedForTargets_thenEachIsASlackTarget() {
    assertThat(notifier.platform()).isEqualTo("slack");
    assertThat(notifier.targets()).containsExactly(CHANNEL);
    assertThat(CHANNEL.key()).isEqualTo("slack:C0ANNOUNCE");
  }

  @Test
  void givenAPost_whenSent_thenTheRenderedBlocksArePostedWithoutLinkNamesAndTheTsIsTheId()
      throws Exception {
    String ts = notifier.send(CHANNEL, ANNOUNCEMENT, "vpp/announcement/slack:C0ANNOUNCE/r1");

    assertThat(ts).isEqualTo(slack.messages(SlackBot.CHANNEL).get(0).ts());
    var call = slack.calls("chat.postMessage").get(0);
    assertThat(call.authorization()).isEqualTo("Bearer " + SlackBot.BOT_TOKEN);
    assertThat(call.params())
        .containsEntry("channel", SlackBot.CHANNEL)
        .containsEntry("link_names", "0");
    // The expected message is the committed snapshot, not the renderer's own output.
    JsonNode expected =
        JSON.readTree(
            Files.readString(
                Path.of("src/test/resources/snapshots/slack/kinds/announcement.json")));
    assertThat(call.params().get("text")).isEqualTo(expected.get("text").asText());
    assertThat(JSON.readTree(call.params().get("blocks"))).isEqualTo(expected.get("blocks"));
    assertThat(call.params().get("metadata"))
        .contains("\"event_type\":\"webinar_bot_post\"")
        .contains("\"delivery_key\":\"vpp/announcement/slack:C0ANNOUNCE/r1\"");
  }

  @Test
  void givenAnEarlierPost_whenEdited_thenChatUpdateReplacesItInPlace() throws Exception {
    String ts = notifier.send(CHANNEL, ANNOUNCEMENT, "k1");
    var renamed = WebinarBuilder.webinar("vpp_in_home_lab").title("VPP at home, take two").build();

    notifier.edit(CHANNEL, ts, new Post.About(PostKind.ANNOUNCEMENT, renamed));

    assertThat(slack.calls("chat.update").get(0).params())
        .containsEntry("ts", ts)
        .containsEntry("link_names", "0");
    assertThat(slack.messages(SlackBot.CHANNEL)).hasSize(1);
    assertThat(slack.messages(SlackBot.CHANNEL).get(0).text())
        .startsWith("New webinar: VPP at home, take two");
  }

  @Test
  void givenAPostMadeBeforeACrash_whenLookedUpByItsDeliveryKey_thenItIsFound() throws Exception {
    notifier.send(CHANNEL, ANNOUNCEMENT, "other-key");
    String ts = notifier.send(CHANNEL, ANNOUNCEMENT, "the-key");

    assertThat(notifier.findPosted(CHANNEL, "the-key")).contains(ts);
    assertThat(notifier.findPosted(CHANNEL, "never-sent")).isEmpty();
    assertThat(slack.calls("conversations.history").get(0).params())
        .containsEntry("include_all_metadata", "1");
  }

  @Test
  void givenSlackRateLimits_whenSending_thenRateLimitedWithSlacksRetryAfter() {
    slack.failNext("chat.postMessage", Failure.rateLimited(7));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.send(CHANNEL, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(slack.messages(SlackBot.CHANNEL)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"500", "502", "503"})
  void givenAServerError_whenSending_thenTransient(int status) {
    slack.failNext("chat.postMessage", Failure.status(status));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.send(CHANNEL, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
  }

  @Test
  void givenSlackReportsAnInternalError_whenEditing_thenTransient() {
    slack.failNext("chat.update", Failure.slackError("internal_error"));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.edit(CHANNEL, "1.2", ANNOUNCEMENT));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
  }

  @ParameterizedTest
  @CsvSource({
    "channel_not_found, check slack.channels",
    "not_in_channel, invite the bot to C0ANNOUNCE",
    "invalid_auth, Slack does not accept SLACK_BOT_TOKEN",
    "account_inactive, Slack does not accept SLACK_BOT_TOKEN",
    "is_archived, is archived",
    "invalid_blocks, Slack refused the message"
  })
  void givenAnErrorRetryingCannotFix_whenSending_thenPermanentWithAClearMessage(
      String error, String hint) {
    slack.failNext("chat.postMessage", Failure.slackError(error));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.send(CHANNEL, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    assertThat(e.getMessage()).contains(error).contains(hint);
  }

  @Test
  void givenSlackCannotBeReached_whenSending_thenTransient() throws Exception {
    URI gone = slack.apiUrl();
    slack.close();
    SlackNotifier unreachable = notifierFor(gone);

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> unreachable.send(CHANNEL, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
  }

  @Test
  void givenADirectMessageTarget_whenSent_thenItIsPostedToTheUserAndTheCrashLookUpFindsIt()
      throws Exception {
    Target ada = new webinarbot.delivery.Subscriber("slack", "U0ADA").target();
    Post dm =
        new Post.About(
            webinarbot.domain.PostKind.PERSONAL,
            webinarbot.testing.TestWebinars.timed("talk", "2030-06-10T17:00", "UTC").build());

    String ts = notifier.send(ada, dm, "key-dm");
    java.util.Optional<String> found = notifier.findPosted(ada, "key-dm");
    notifier.send(ada, dm, "key-dm-2");

    // Posted to the user id (Slack puts it in the app's DM): no Tier 3 conversations.open per
    // subscriber; the DM's id from the answer serves the look-up and the next post.
    assertThat(slack.calls("conversations.open")).isEmpty();
    assertThat(slack.calls("chat.postMessage").get(0).params()).containsEntry("channel", "U0ADA");
    assertThat(slack.calls("chat.postMessage").get(1).params()).containsEntry("channel", "DU0ADA");
    assertThat(slack.messages("DU0ADA")).hasSize(2);
    assertThat(slack.messages("DU0ADA").get(0).text()).startsWith("Your reminder: Talk talk");
    assertThat(found).contains(ts);
  }
}
