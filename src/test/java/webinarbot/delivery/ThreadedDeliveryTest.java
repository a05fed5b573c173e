package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.ThreadingNotifier.Placed;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.TestWebinars;

/**
 * Where each post about a talk goes when the platform threads: the first opens the thread, later
 * ones reply under it, "starting now" and a cancellation also show in the channel.
 */
class ThreadedDeliveryTest {
  private static final String NOW = "2026-06-10T09:00:00Z";
  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();

  @AfterEach
  void close() {
    harness.close();
  }

  private static Delivery announcement(Webinar w) {
    return Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, w), Instant.parse(NOW));
  }

  private static Delivery reminder(Webinar w, PostKind kind) {
    return new Delivery(
        new Post.About(kind, w), Revisions.startOf(w), Instant.parse(NOW), Optional.empty());
  }

  private static Delivery cancellation(Webinar w) {
    return Delivery.now(new Post.About(PostKind.CANCELLATION, w), Instant.parse(NOW));
  }

  private static String post(DeliveryService service, Delivery d, Target t) {
    DeliveryOutcome o =
        service
            .deliver(d, List.of(t), DeliveryService.Claim.ONCE)
            .get(t)
            .orTimeout(10, TimeUnit.SECONDS)
            .join();
    assertThat(o).isInstanceOf(DeliveryOutcome.Sent.class);
    return ((DeliveryOutcome.Sent) o).messageId();
  }

  private LedgerEntry row(Delivery d, Target t) {
    return harness.ledger().find(d.key(t)).orElseThrow();
  }

  @Test
  void
      givenSlackThreads_thenRemindersReplyUnderTheAnnouncementAndStartingNowAlsoShowsInTheChannel() {
    ThreadingNotifier slack = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(slack);
    Target c1 = slack.target();

    String parent = post(service, announcement(talk), c1);
    String hour = post(service, reminder(talk, PostKind.reminder(Duration.ofHours(1))), c1);
    String now = post(service, reminder(talk, PostKind.STARTING), c1);

    assertThat(slack.placed())
        .containsExactly(
            new Placed(parent, PostKind.ANNOUNCEMENT, Optional.empty(), false),
            new Placed(hour, PostKind.reminder(Duration.ofHours(1)), Optional.of(parent), false),
            new Placed(now, PostKind.STARTING, Optional.of(parent), true));
    assertThat(row(announcement(talk), c1).threadId()).contains(parent);
    assertThat(row(announcement(talk), c1).opensThread()).isTrue();
    LedgerEntry reply = row(reminder(talk, PostKind.STARTING), c1);
    assertThat(reply.threadId()).contains(parent);
    assertThat(reply.opensThread()).isFalse();
  }

  @Test
  void givenSlackThreads_whenTheTalkIsCalledOff_thenTheCancellationIsAReplyAlsoShownInTheChannel() {
    ThreadingNotifier slack = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(slack);

    String parent = post(service, announcement(talk), slack.target());
    Webinar off = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").cancelled().build();
    String notice = post(service, cancellation(off), slack.target());

    assertThat(slack.placed().get(1))
        .isEqualTo(new Placed(notice, PostKind.CANCELLATION, Optional.of(parent), true));
  }

  @Test
  void givenDiscordThreads_whenAPostMustBeSeenInTheChannel_thenItIsPostedThereNotInTheThread() {
    ThreadingNotifier discord = ThreadingNotifier.discord("D1");
    DeliveryService service = harness.service(discord);

    String parent = post(service, announcement(talk), discord.target());
    String hour =
        post(service, reminder(talk, PostKind.reminder(Duration.ofHours(1))), discord.target());
    String now = post(service, reminder(talk, PostKind.STARTING), discord.target());

    assertThat(discord.placed())
        .containsExactly(
            new Placed(parent, PostKind.ANNOUNCEMENT, Optional.empty(), false),
            new Placed(hour, PostKind.reminder(Duration.ofHours(1)), Optional.of(parent), false),
            new Placed(now, PostKind.STARTING, Optional.empty(), false));
    assertThat(row(reminder(talk, PostKind.STARTING), discord.target()).threadId()).isEmpty();
  }

  @Test
  void givenThreadsOff_thenEveryPostIsAtChannelLevelAndOpensNoThread() {
    ThreadingNotifier slack = ThreadingNotifier.unthreaded("slack", "C1");
    DeliveryService service = harness.service(slack);

    post(service, announcement(talk), slack.target());
    post(service, reminder(talk, PostKind.STARTING), slack.target());

    assertThat(slack.placed()).allMatch(p -> p.parent().isEmpty() && !p.broadcast());
    assertThat(row(announcement(talk), slack.target()).threadId()).isEmpty();
    assertThat(row(announcement(talk), slack.target()).opensThread()).isFalse();
  }

  @Test
  void givenATalkAnnouncedBeforeThreadsWereTurnedOn_thenItsRemindersStayAtChannelLevel() {
    ThreadingNotifier before = ThreadingNotifier.unthreaded("slack", "C1");
    post(harness.service(before), announcement(talk), before.target());
    ThreadingNotifier after = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(after);

    post(service, reminder(talk, PostKind.reminder(Duration.ofHours(1))), after.target());
    post(service, reminder(talk, PostKind.STARTING), after.target());

    assertThat(after.placed()).allMatch(p -> p.parent().isEmpty() && !p.broadcast());
    assertThat(row(reminder(talk, PostKind.STARTING), after.target()).opensThread()).isFalse();
  }

  @Test
  void givenThreads_thenDirectMessagesAndDigestsNeverOpenOrJoinAThread() {
    ThreadingNotifier slack = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(slack);
    Target dm = new Subscriber("slack", "U1").target();
    Webinar off = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").cancelled().build();

    post(service, reminder(talk, PostKind.PERSONAL), dm);
    post(service, cancellation(off), dm);
    post(service, digest(LocalDate.parse("2026-06-08")), slack.target());
    post(service, digest(LocalDate.parse("2026-06-15")), slack.target());

    assertThat(slack.placed()).hasSize(4).allMatch(p -> p.parent().isEmpty() && !p.broadcast());
    assertThat(row(reminder(talk, PostKind.PERSONAL), dm).threadId()).isEmpty();
  }

  private Delivery digest(LocalDate week) {
    return Delivery.digest(
        new Post.Digest(week, List.of(talk)), Instant.parse(NOW), Optional.empty());
  }

  @Test
  void givenAReplyWhoseAnswerWasLost_whenRetried_thenItIsFoundInItsThreadAndNotRepeated() {
    ThreadingNotifier slack = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(slack);
    String parent = post(service, announcement(talk), slack.target());

    slack.timeOutAfterNextPost();
    String reply = post(service, reminder(talk, PostKind.STARTING), slack.target());

    assertThat(slack.placed()).hasSize(2);
    assertThat(slack.threadsSearched()).containsExactly(parent);
    assertThat(row(reminder(talk, PostKind.STARTING), slack.target()).messageId()).contains(reply);
  }

  @Test
  void givenARetitledTalk_thenAReplyIsEditedInItsThreadAndTheAnnouncementInTheChannel() {
    ThreadingNotifier slack = ThreadingNotifier.slack("C1");
    DeliveryService service = harness.service(slack);
    String parent = post(service, announcement(talk), slack.target());
    String hour =
        post(service, reminder(talk, PostKind.reminder(Duration.ofHours(1))), slack.target());
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("Better title").build();

    List<Boolean> edited = joined(service.editPosted(retitled));

    assertThat(edited).containsExactly(true, true);
    assertThat(slack.replyEdits()).hasSize(1);
    assertThat(slack.replyEdits().get(0).threadId()).isEqualTo(parent);
    assertThat(slack.replyEdits().get(0).messageId()).isEqualTo(hour);
    assertThat(slack.replyEdits().get(0).post().<String>render(a -> a.webinar().title(), d -> ""))
        .isEqualTo("Better title");
    assertThat(slack.channelEdits()).hasSize(1);
    assertThat(slack.channelEdits().get(0).messageId()).isEqualTo(parent);
  }

  private static <T> List<T> joined(List<CompletableFuture<T>> futures) {
    return futures.stream().map(f -> f.orTimeout(10, TimeUnit.SECONDS).join()).toList();
  }
}
