package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.DeliveryOutcome;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Recovery;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * {@code discord.threads} through a real JDA against the stand-in: the first post about a talk is
 * posted by JDA and later ones go to a thread started from it; "starting now" shows in the channel;
 * edits reach the replies in the thread; a reply interrupted by a crash is found in the thread.
 */
class DiscordThreadsTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture().withThreads();

  private static final Target CHANNEL = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final Webinar TALK =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7)));
  private static final Instant AT = DiscordFixture.NOW;

  private DeliveryHarness harness;

  @BeforeEach
  void ledger() {
    harness = DeliveryHarness.onH2("2026-11-02T09:00:00Z");
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private static Notifier notifier() {
    return FIXTURE.module().notifier();
  }

  private static DeliveryOutcome post(DeliveryService service, PostKind kind, Webinar w) {
    return service
        .deliver(
            Delivery.now(new Post.About(kind, w), AT), List.of(CHANNEL), DeliveryService.Claim.ONCE)
        .get(CHANNEL)
        .join();
  }

  private static String idOf(DeliveryOutcome o) {
    assertThat(o).isInstanceOf(DeliveryOutcome.Sent.class);
    return ((DeliveryOutcome.Sent) o).messageId();
  }

  @Test
  void givenThreadsOn_whenATalkIsPostedAbout_thenLaterPostsGoToAThreadStartedFromTheFirst() {
    DeliveryService service = harness.service(notifier());

    String parent = idOf(post(service, PostKind.ANNOUNCEMENT, TALK));
    String reminder = idOf(post(service, PostKind.reminder(Duration.ofDays(1)), TALK));
    String update = idOf(post(service, PostKind.reminder(Duration.ofHours(1)), TALK));
    String starting = idOf(post(service, PostKind.STARTING, TALK));

    ObjectNode thread = FIXTURE.discord().thread(parent).orElseThrow();
    assertThat(thread.path("parent_id").asText()).isEqualTo(DiscordWorld.ANNOUNCEMENTS);
    assertThat(thread.path("name").asText()).isEqualTo(TALK.title());
    assertThat(FIXTURE.discord().requests("POST", "channels/\\d+/messages/\\d+/threads"))
        .hasSize(1);
    assertThat(FIXTURE.discord().messagesIn(parent))
        .extracting(m -> m.path("id").asText())
        .containsExactly(reminder, update);
    // Discord cannot show a thread message in the channel too: "starting now" goes there.
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS))
        .extracting(m -> m.path("id").asText())
        .containsExactly(parent, starting);
  }

  @Test
  void givenThreadsOn_whenThePageChanges_thenTheReplyInTheThreadIsEditedInPlace() {
    DeliveryService service = harness.service(notifier());
    String parent = idOf(post(service, PostKind.ANNOUNCEMENT, TALK));
    String reply = idOf(post(service, PostKind.reminder(Duration.ofDays(1)), TALK));
    Webinar retitled =
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(8)));

    assertThat(service.editPosted(retitled).stream().map(CompletableFuture::join))
        .containsOnly(true);

    assertThat(FIXTURE.discord().requests("PATCH", "channels/" + parent + "/messages/" + reply))
        .hasSize(1);
    assertThat(FIXTURE.discord().message(reply).orElseThrow().path("edited_timestamp").isNull())
        .isFalse();
  }

  @Test
  void givenAReplyPostedJustBeforeACrash_whenResumed_thenItIsFoundInTheThreadNotRepeated()
      throws Exception {
    DeliveryService first = harness.service(notifier());
    String parent = idOf(post(first, PostKind.ANNOUNCEMENT, TALK));
    first.close();
    Delivery reminder =
        Delivery.now(new Post.About(PostKind.reminder(Duration.ofDays(1)), TALK), AT);
    DeliveryKey key = reminder.key(CHANNEL);
    assertThat(harness.ledger().claim(reminder, CHANNEL)).isTrue();
    assertThat(harness.ledger().markSending(key, 1)).isTrue();
    String reply = notifier().reply(CHANNEL, parent, false, reminder.post(), key.token());

    DeliveryService restarted = harness.service(notifier());
    new Recovery(restarted, id -> Optional.of(TALK)).resumeAll().forEach(CompletableFuture::join);

    assertThat(FIXTURE.discord().messagesIn(parent)).hasSize(1);
    assertThat(FIXTURE.discord().requests("GET", "channels/" + parent + "/messages.*"))
        .isNotEmpty();
    LedgerEntry e = harness.ledger().find(key).orElseThrow();
    assertThat(e.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(e.messageId()).contains(reply);
    assertThat(e.threadId()).contains(parent);
  }
}
