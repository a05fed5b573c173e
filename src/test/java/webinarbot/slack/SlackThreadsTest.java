package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.DeliveryOutcome;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.delivery.Recovery;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackApiStandIn.Posted;

/**
 * {@code slack.threads}: a talk's first post opens its thread, later posts reply there, "starting
 * now" is also broadcast, edits reach replies, and a reply interrupted by a crash is found in its
 * thread rather than posted twice.
 */
class SlackThreadsTest {
  private static final Target CHANNEL = new Target("slack", SlackBot.CHANNEL);
  private static final Webinar TALK = WebinarBuilder.webinar("vpp").title("VPP at home").build();

  private SlackApiStandIn slack;
  private DeliveryHarness harness;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStandIn();
    harness = DeliveryHarness.onH2("2030-03-01T10:00:00Z");
  }

  @AfterEach
  void stop() {
    harness.close();
    slack.close();
  }

  private SlackNotifier notifier(boolean threads) {
    return new SlackNotifier(
        SlackClients.create(slack.apiUrl()).methods(SlackBot.BOT_TOKEN),
        List.of(SlackBot.CHANNEL),
        new SlackRenderer(),
        threads);
  }

  private static DeliveryOutcome post(DeliveryService service, PostKind kind, Webinar w) {
    Map<Target, CompletableFuture<DeliveryOutcome>> out =
        service.deliver(
            Delivery.now(new Post.About(kind, w), java.time.Instant.parse("2030-03-01T10:00:00Z")),
            List.of(CHANNEL),
            DeliveryService.Claim.ONCE);
    return out.get(CHANNEL).join();
  }

  private List<Posted> posted() {
    return slack.messages(SlackBot.CHANNEL);
  }

  @Test
  void
      givenThreadsOn_whenATalkIsPostedAbout_thenLaterPostsReplyUnderTheFirstAndStartingIsBroadcast() {
    DeliveryService service = harness.service(notifier(true));

    post(service, PostKind.ANNOUNCEMENT, TALK);
    post(service, PostKind.reminder(Duration.ofHours(1)), TALK);
    post(service, PostKind.STARTING, TALK);

    List<Posted> m = posted();
    assertThat(m).hasSize(3);
    String parent = m.get(0).ts();
    assertThat(m.get(0).threadTs()).isNull();
    assertThat(m.get(1).threadTs()).isEqualTo(parent);
    assertThat(m.get(1).broadcast()).isFalse();
    assertThat(m.get(2).threadTs()).isEqualTo(parent);
    assertThat(m.get(2).broadcast()).isTrue();
    assertThat(slack.calls("chat.postMessage").get(1).params()).containsEntry("thread_ts", parent);
    assertThat(harness.ledger().forWebinar("vpp"))
        .extracting(LedgerEntry::threadId)
        .containsOnly(Optional.of(parent));
  }

  @Test
  void givenThreadsOn_whenThePageChanges_thenTheRepliesAreEditedInPlaceToo() {
    DeliveryService service = harness.service(notifier(true));
    post(service, PostKind.ANNOUNCEMENT, TALK);
    post(service, PostKind.reminder(Duration.ofDays(1)), TALK);
    Webinar retitled = WebinarBuilder.webinar("vpp").title("VPP at home, take two").build();

    service.editPosted(retitled).forEach(CompletableFuture::join);

    assertThat(slack.calls("chat.update")).hasSize(2);
    assertThat(posted()).allSatisfy(p -> assertThat(p.text()).contains("VPP at home, take two"));
    assertThat(posted().get(1).threadTs()).isEqualTo(posted().get(0).ts());
  }

  @Test
  void
      givenATalkPostedBeforeThreadsWereOn_whenItIsRemindedWithThreadsOn_thenItStaysAtChannelLevel() {
    DeliveryService before = harness.service(notifier(false));
    post(before, PostKind.ANNOUNCEMENT, TALK);
    before.close();
    DeliveryService after = harness.service(notifier(true));

    post(after, PostKind.reminder(Duration.ofHours(1)), TALK);
    post(after, PostKind.STARTING, TALK);

    assertThat(posted()).hasSize(3).allSatisfy(p -> assertThat(p.threadTs()).isNull());
  }

  @Test
  void givenAReplyPostedJustBeforeACrash_whenTheBotRestarts_thenItIsFoundInItsThreadNotRepeated()
      throws Exception {
    DeliveryService first = harness.service(notifier(true));
    post(first, PostKind.ANNOUNCEMENT, TALK);
    first.close();
    String parent = posted().get(0).ts();
    // The reminder was claimed and was being sent when the process died: Slack has it, the
    // ledger still says "sending".
    Delivery reminder =
        Delivery.now(
            new Post.About(PostKind.reminder(Duration.ofHours(1)), TALK),
            java.time.Instant.parse("2030-03-01T10:00:00Z"));
    DeliveryKey key = reminder.key(CHANNEL);
    assertThat(harness.ledger().claim(reminder, CHANNEL)).isTrue();
    assertThat(harness.ledger().markSending(key, 1)).isTrue();
    String reply = notifier(true).reply(CHANNEL, parent, false, reminder.post(), key.token());

    DeliveryService restarted = harness.service(notifier(true));
    new Recovery(restarted, id -> Optional.of(TALK)).resumeAll().forEach(CompletableFuture::join);

    assertThat(posted()).hasSize(2);
    assertThat(slack.calls("conversations.replies"))
        .singleElement()
        .satisfies(c -> assertThat(c.params()).containsEntry("ts", parent));
    LedgerEntry e = harness.ledger().find(key).orElseThrow();
    assertThat(e.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(e.messageId()).contains(reply);
    assertThat(e.threadId()).contains(parent);
  }

  @Test
  void theWeeklyDigestIsNeverAReply() {
    DeliveryService service = harness.service(notifier(true));
    post(service, PostKind.ANNOUNCEMENT, TALK);

    Post.Digest digest = new Post.Digest(java.time.LocalDate.parse("2030-03-04"), List.of(TALK));
    service
        .deliver(
            Delivery.digest(
                digest, java.time.Instant.parse("2030-03-04T09:00:00Z"), Optional.empty()),
            List.of(CHANNEL),
            DeliveryService.Claim.ONCE)
        .get(CHANNEL)
        .join();

    assertThat(posted()).hasSize(2).allSatisfy(p -> assertThat(p.threadTs()).isNull());
  }
}
