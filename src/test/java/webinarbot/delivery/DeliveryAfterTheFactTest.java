package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestWebinars;

/**
 * What happens to posts after they were claimed: resumed or given up after a restart, skipped on
 * purpose, edited when the page changes, and how the console and link labels show them.
 */
class DeliveryAfterTheFactTest {
  private static final String NOW = "2026-06-10T16:00:00Z";
  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private final RecordingNotifier slack = new RecordingNotifier("slack", "C1");
  private final RecordingNotifier discord = new RecordingNotifier("discord", "D1");
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();

  @AfterEach
  void close() {
    harness.close();
  }

  private Delivery announcement(Webinar w) {
    return Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, w), Instant.parse(NOW));
  }

  /** Leaves the announcement of {@code talk} open in the ledger, as a crash would. */
  private void crashWhilePosting(Delivery d) {
    slack.crashBeforePosting();
    DeliveryService service = harness.service(slack);
    assertThat(
            service.deliver(d, service.targets(), DeliveryService.Claim.ONCE).get(slack.target()))
        .failsWithin(Duration.ofSeconds(10));
    assertThat(harness.ledger().open()).hasSize(1);
  }

  private static <T> List<T> joined(List<CompletableFuture<T>> futures) {
    return futures.stream().map(f -> f.orTimeout(10, TimeUnit.SECONDS).join()).toList();
  }

  @Test
  void givenAnOpenPostForATalkNoLongerKnown_whenRestarted_thenItIsSkippedWithTheReason() {
    Delivery d = announcement(talk);
    crashWhilePosting(d);

    var resumed = new Recovery(harness.service(slack), id -> Optional.empty()).resumeAll();

    assertThat(resumed).isEmpty();
    LedgerEntry row = harness.ledger().find(d.key(slack.target())).orElseThrow();
    assertThat(row.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(row.detail()).contains("the webinar is no longer known");
    assertThat(slack.messages()).isEmpty();
  }

  @Test
  void givenAnOpenPostForAChannelNoLongerConfigured_whenRestarted_thenItIsSkipped() {
    Delivery d = announcement(talk);
    crashWhilePosting(d);

    var resumed = new Recovery(harness.service(discord), id -> Optional.of(talk)).resumeAll();

    assertThat(resumed).isEmpty();
    LedgerEntry row = harness.ledger().find(d.key(slack.target())).orElseThrow();
    assertThat(row.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(row.detail()).contains("no notifier posts to slack:C1 any more");
    assertThat(discord.messages()).isEmpty();
  }

  @Test
  void givenAnOpenUpdateNotice_whenRestarted_thenItIsPostedWithItsChanges() {
    List<Change> changes = List.of(new Change("title", "Old", "New"));
    Delivery d =
        new Delivery(
            new Post.About(PostKind.UPDATE, talk, changes),
            talk.revision(),
            Instant.parse(NOW),
            Optional.empty());
    crashWhilePosting(d);

    var resumed = new Recovery(harness.service(slack), id -> Optional.of(talk)).resumeAll();

    assertThat(joined(resumed)).singleElement().isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(((Post.About) slack.messages().get(0).post()).changes()).isEqualTo(changes);
    assertThat(harness.ledger().find(d.key(slack.target())).orElseThrow().changes())
        .isEqualTo(changes);
  }

  @Test
  void givenAnOpenDigestAndDigestsSwitchedOff_whenRestarted_thenItIsSkipped() {
    Delivery d =
        Delivery.digest(
            new Post.Digest(LocalDate.parse("2026-06-08"), List.of(talk)),
            Instant.parse(NOW),
            Optional.empty());
    crashWhilePosting(d);

    var resumed =
        new Recovery(harness.service(slack), id -> Optional.empty(), week -> Optional.empty())
            .resumeAll();

    assertThat(resumed).isEmpty();
    LedgerEntry row = harness.ledger().find(d.key(slack.target())).orElseThrow();
    assertThat(row.key().webinarId()).isEqualTo(Delivery.DIGEST_SUBJECT);
    assertThat(row.key().revision()).isEqualTo("2026-06-08");
    assertThat(row.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(row.detail()).contains("weekly digests are no longer configured");
  }

  @Test
  void givenAnOpenDigest_whenRestarted_thenTheWeeksDigestIsPostedOnce() {
    Post.Digest digest = new Post.Digest(LocalDate.parse("2026-06-08"), List.of(talk));
    Delivery d = Delivery.digest(digest, Instant.parse(NOW), Optional.empty());
    crashWhilePosting(d);

    var resumed =
        new Recovery(
                harness.service(slack),
                id -> Optional.empty(),
                week -> week.equals("2026-06-08") ? Optional.of(digest) : Optional.empty())
            .resumeAll();

    assertThat(joined(resumed)).singleElement().isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).singleElement().extracting(m -> m.post()).isEqualTo(digest);
  }

  @Test
  void givenAnotherReplicasOpenPost_whenResumingStrandedRowsInACluster_thenItIsLeftToItsOwner() {
    Delivery d = announcement(talk);
    DeliveryLedger other =
        new DeliveryLedger(harness.database().dataSource(), harness.clock, "other-replica");
    assertThat(other.claim(d, slack.target())).isTrue();
    DeliveryService service = harness.service(slack);

    var inCluster = new Recovery(service, id -> Optional.of(talk)).resumeStranded(false);
    assertThat(inCluster).isEmpty();
    var alone = new Recovery(service, id -> Optional.of(talk)).resumeStranded(true);

    assertThat(joined(alone)).singleElement().isInstanceOf(DeliveryOutcome.Sent.class);
    LedgerEntry row = harness.ledger().find(d.key(slack.target())).orElseThrow();
    assertThat(row.owner()).isEqualTo("test-instance");
    assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenADeadReplicasOpenPost_whenOrphansAreResumed_thenThisOneAdoptsAndPostsIt() {
    Delivery d = announcement(talk);
    new DeliveryLedger(harness.database().dataSource(), harness.clock, "dead-replica")
        .claim(d, slack.target());
    DeliveryService service = harness.service(slack);
    harness.clock.advance(Duration.ofSeconds(30));
    Instant olderThan = harness.clock.instant().minus(Duration.ofSeconds(10));

    var none = new Recovery(service, id -> Optional.of(talk)).resumeAllOf("alive", olderThan);
    var adopted =
        new Recovery(service, id -> Optional.of(talk)).resumeAllOf("dead-replica", olderThan);

    assertThat(none).isEmpty();
    assertThat(joined(adopted)).singleElement().isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenADeadReplicasOpenRows_whenTwoSurvivorsAdoptAtOnce_thenTheFirstTakesThemAll() {
    DeliveryLedger dead =
        new DeliveryLedger(harness.database().dataSource(), harness.clock, "dead-replica");
    for (int i = 0; i < 5; i++) {
      dead.claim(announcement(talk), new Target("slack", "C" + i));
    }
    DeliveryLedger a = new DeliveryLedger(harness.database().dataSource(), harness.clock, "a");
    DeliveryLedger b = new DeliveryLedger(harness.database().dataSource(), harness.clock, "b");
    harness.clock.advance(Duration.ofSeconds(30));
    Instant olderThan = harness.clock.instant().minus(Duration.ofSeconds(10));

    assertThat(a.adoptAll("dead-replica", olderThan)).isEqualTo(5);
    assertThat(b.adoptAll("dead-replica", olderThan)).isZero();

    assertThat(a.open()).hasSize(5).allSatisfy(e -> assertThat(e.owner()).isEqualTo("a"));
  }

  @Test
  void givenADeadReplicasRowTouchedLately_whenAdopted_thenItIsLeftForLater() {
    new DeliveryLedger(harness.database().dataSource(), harness.clock, "dead-replica")
        .claim(announcement(talk), slack.target());
    DeliveryLedger a = new DeliveryLedger(harness.database().dataSource(), harness.clock, "a");

    assertThat(a.adoptAll("dead-replica", harness.clock.instant().minus(Duration.ofSeconds(10))))
        .isZero();
    assertThat(a.open())
        .singleElement()
        .satisfies(e -> assertThat(e.owner()).isEqualTo("dead-replica"));
  }

  @Test
  void givenAMissedReminder_whenSkipped_thenItIsRecordedOnceAndNeverPostedLater() {
    DeliveryService service = harness.service(slack, discord);
    Delivery d =
        new Delivery(
            new Post.About(PostKind.reminder(Duration.ofHours(1)), talk),
            Revisions.startOf(talk),
            Instant.parse(NOW),
            Optional.empty());

    service.skip(d, service.targets(), "missed during downtime");
    service.skip(d, service.targets(), "a second reason");
    var later = service.deliver(d, service.targets(), DeliveryService.Claim.ONCE);

    assertThat(harness.ledger().forWebinar("talk"))
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.status()).isEqualTo(DeliveryStatus.SKIPPED);
              assertThat(e.detail()).contains("missed during downtime");
            });
    assertThat(later.values())
        .allSatisfy(f -> assertThat(f.join()).isInstanceOf(DeliveryOutcome.Already.class));
    assertThat(slack.sendCalls() + discord.sendCalls()).isZero();
    assertThat(service.announcedTargets("talk")).isEmpty();
    assertThat(harness.deliveries("slack", "reminder-1h", "skipped")).isEqualTo(1.0);
  }

  @Test
  void givenAnAnnouncementOnOneChannel_whenAskedWhereTheTalkWasAnnounced_thenThatChannel() {
    DeliveryService service = harness.service(slack, discord);
    joined(
        List.copyOf(
            service
                .deliver(announcement(talk), List.of(slack.target()), DeliveryService.Claim.ONCE)
                .values()));

    assertThat(service.announcedTargets("talk")).containsExactly(slack.target());
    assertThat(service.announcedTargets("other")).isEmpty();
  }

  @Test
  void givenAnUpdateNoticeAndACancellation_whenThePageChanges_thenTheyAreNotEdited() {
    DeliveryService service = harness.service(slack);
    for (PostKind kind : List.of(PostKind.UPDATE, PostKind.CANCELLATION, PostKind.FOLLOW_UP)) {
      joined(
          List.copyOf(
              service
                  .deliver(
                      Delivery.now(new Post.About(kind, talk), Instant.parse(NOW)),
                      service.targets(),
                      DeliveryService.Claim.ONCE)
                  .values()));
    }
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("Better title").build();

    assertThat(service.editPosted(retitled)).isEmpty();
    assertThat(service.editPosted(talk)).isEmpty();
    assertThat(slack.edits()).isEmpty();
  }

  @Test
  void givenAPostedMessageDeletedInTheChannel_whenTheEditFails_thenItIsRecordedAndNotRetried() {
    Notifier deletedMessages =
        new Notifier() {
          @Override
          public String platform() {
            return "slack";
          }

          @Override
          public List<Target> targets() {
            return slack.targets();
          }

          @Override
          public String send(Target target, Post post, String deliveryKey)
              throws DeliveryException {
            return slack.send(target, post, deliveryKey);
          }

          @Override
          public void edit(Target target, String messageId, Post post) throws DeliveryException {
            throw DeliveryException.permanent("message_not_found");
          }
        };
    DeliveryService service = harness.service(deletedMessages);
    Delivery d = announcement(talk);
    joined(List.copyOf(service.deliver(d, service.targets(), DeliveryService.Claim.ONCE).values()));
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("Better title").build();

    List<Boolean> first = joined(service.editPosted(retitled));
    List<CompletableFuture<Boolean>> second = service.editPosted(retitled);

    assertThat(first).containsExactly(false);
    assertThat(second).isEmpty();
    LedgerEntry row = harness.ledger().find(d.key(slack.target())).orElseThrow();
    assertThat(row.contentRevision()).isEqualTo(retitled.revision());
    assertThat(row.detail()).contains("edit failed: message_not_found");
    assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(harness.deliveries("slack", "announcement", "edit-failed")).isEqualTo(1.0);
    assertThat(harness.deliveries("slack", "announcement", "edited")).isZero();
  }

  @Test
  void givenAnEditedTalk_whenTheEditSucceeds_thenTheRowShowsTheNewRevision() {
    DeliveryService service = harness.service(slack);
    Delivery d = announcement(talk);
    joined(List.copyOf(service.deliver(d, service.targets(), DeliveryService.Claim.ONCE).values()));
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("Better title").build();

    assertThat(joined(service.editPosted(retitled))).containsExactly(true);
    assertThat(harness.ledger().find(d.key(slack.target())).orElseThrow().contentRevision())
        .isEqualTo(retitled.revision());
    assertThat(harness.deliveries("slack", "announcement", "edited")).isEqualTo(1.0);
  }

  @Test
  void givenNoChatConfigured_whenPosting_thenTheConsoleShowsTheTextUnderAHeaderWithTheKey() {
    StringWriter text = new StringWriter();
    ConsoleNotifier console = new ConsoleNotifier(new PrintWriter(text));
    Post post = new Post.About(PostKind.ANNOUNCEMENT, talk);

    String id = console.send(ConsoleNotifier.STDOUT, post, "wbkey");
    console.edit(ConsoleNotifier.STDOUT, id, post);

    assertThat(console.platform()).isEqualTo("console");
    assertThat(console.targets()).containsExactly(new Target("console", "stdout"));
    assertThat(id).isEqualTo("console-wbkey");
    String rule = "-".repeat(72);
    String body = new TextRenderer().render(post);
    assertThat(body).contains("Talk talk");
    assertThat(text.toString())
        .isEqualTo(
            rule
                + System.lineSeparator()
                + "[announcement console-wbkey]"
                + System.lineSeparator()
                + body
                + rule
                + System.lineSeparator()
                + "[edited console-wbkey, now reads]"
                + System.lineSeparator()
                + body);
  }

  @Test
  void givenLinkTextThatNamesAnotherPlace_whenShown_thenTheRealHostFollowsIt() {
    URI evil = URI.create("https://Evil.Example/register");

    assertThat(LinkLabels.withHost("Register on fd.io", evil))
        .isEqualTo("Register on fd.io (evil.example)");
    assertThat(LinkLabels.withHost("evil.example", evil)).isEqualTo("evil.example");
    assertThat(LinkLabels.withHost("https://www.evil.example/register/", evil))
        .isEqualTo("https://www.evil.example/register/");
    assertThat(LinkLabels.withHost("http://evil.example/register", evil))
        .isEqualTo("http://evil.example/register");
    assertThat(LinkLabels.withHost("WWW.EVIL.EXAMPLE", evil)).isEqualTo("WWW.EVIL.EXAMPLE");
    assertThat(LinkLabels.needsHost("evil.example/other", evil)).isTrue();
    assertThat(LinkLabels.host(URI.create("mailto:a@b.c"))).isEmpty();
  }
}
