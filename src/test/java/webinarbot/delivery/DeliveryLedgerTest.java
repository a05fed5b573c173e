package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

class DeliveryLedgerTest {
  private static final Target SLACK = new Target("slack", "C1");
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();
  private final Delivery announcement =
      Delivery.now(
          new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse("2026-06-01T00:00:00Z"));

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenEightRacersClaimingOneDelivery_whenTheyRace_thenExactlyOneWins(TestDatabases.Kind kind)
      throws Exception {
    try (DeliveryHarness h =
        new DeliveryHarness(kind.fresh(), MutableClock.at("2026-06-01T00:00:00Z"))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        DeliveryLedger racer =
            new DeliveryLedger(h.database().dataSource(), h.clock, "replica-" + i);
        Callable<Boolean> claim =
            () -> {
              go.await();
              return racer.claim(announcement, SLACK);
            };
        claims.add(pool.submit(claim));
      }
      go.countDown();
      long winners = 0;
      for (Future<Boolean> f : claims) {
        winners += f.get() ? 1 : 0;
      }
      pool.shutdown();

      assertThat(winners).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenAFailedDelivery_whenReclaimed_thenItIsPendingAgainButASentOneCannotBe(
      TestDatabases.Kind kind) {
    try (DeliveryHarness h =
        new DeliveryHarness(kind.fresh(), MutableClock.at("2026-06-01T00:00:00Z"))) {
      DeliveryLedger ledger = h.ledger();
      Delivery other =
          Delivery.now(
              new Post.About(PostKind.CANCELLATION, talk), Instant.parse("2026-06-01T00:00:00Z"));
      ledger.claim(announcement, SLACK);
      ledger.markFailed(announcement.key(SLACK), "permanent: channel_not_found");
      ledger.claim(other, SLACK);
      ledger.markSent(other.key(SLACK), "m1");

      assertThat(ledger.reclaim(announcement, SLACK)).isTrue();
      assertThat(ledger.reclaim(other, SLACK)).isFalse();
      assertThat(ledger.find(announcement.key(SLACK)).orElseThrow().status())
          .isEqualTo(DeliveryStatus.PENDING);
      assertThat(ledger.find(other.key(SLACK)).orElseThrow().messageId()).contains("m1");
    }
  }

  private final DeliveryHarness onH2 = DeliveryHarness.onH2("2026-06-01T00:00:00Z");

  @AfterEach
  void closeH2() {
    onH2.close();
  }

  private DeliveryLedger replica(String owner) {
    return new DeliveryLedger(onH2.database().dataSource(), onH2.clock, owner);
  }

  @Test
  void
      givenAnOpenRowOfAReplicaTakenForDead_whenTwoSurvivorsAdoptIt_thenOneOwnsItAndOnlyItMaySend() {
    DeliveryLedger dead = replica("dead");
    DeliveryLedger first = replica("first");
    DeliveryLedger second = replica("second");
    dead.claim(announcement, SLACK);
    LedgerEntry seen = first.find(announcement.key(SLACK)).orElseThrow();
    onH2.clock.advance(java.time.Duration.ofSeconds(1));

    assertThat(first.adopt(seen)).isTrue();
    assertThat(second.adopt(seen)).as("the row changed since it was read").isFalse();
    assertThat(first.owner()).isEqualTo("first");
    assertThat(first.find(announcement.key(SLACK)).orElseThrow().owner()).isEqualTo("first");
    assertThat(dead.markSending(announcement.key(SLACK), 1)).isFalse();
    assertThat(first.markSending(announcement.key(SLACK), 1)).isTrue();
    first.markSent(announcement.key(SLACK), "m1");
    assertThat(first.markSending(announcement.key(SLACK), 2)).as("sent already").isFalse();
  }

  @Test
  void givenASentMessage_thenItsEditToARevisionIsClaimedOnceAndNeverToTheRevisionItShows() {
    DeliveryLedger ledger = replica("one");
    ledger.claim(announcement, SLACK);
    ledger.markSent(announcement.key(SLACK), "m1");
    DeliveryKey key = announcement.key(SLACK);

    assertThat(ledger.claimEdit(key, announcement.contentRevision())).isFalse();
    assertThat(ledger.claimEdit(key, "rev-2")).isTrue();
    assertThat(replica("two").claimEdit(key, "rev-2")).isFalse();
  }

  @Test
  void givenAFailureReasonOfAnyLength_thenTheLedgerKeepsAtMostAThousandCharacters() {
    DeliveryLedger ledger = replica("one");
    Delivery other =
        Delivery.now(
            new Post.About(PostKind.CANCELLATION, talk), Instant.parse("2026-06-01T00:00:00Z"));
    ledger.claim(announcement, SLACK);
    ledger.claim(other, SLACK);

    ledger.markFailed(announcement.key(SLACK), "x".repeat(1000));
    ledger.markFailed(other.key(SLACK), "y".repeat(1001));

    assertThat(ledger.find(announcement.key(SLACK)).orElseThrow().detail())
        .contains("x".repeat(1000));
    assertThat(ledger.find(other.key(SLACK)).orElseThrow().detail())
        .contains("y".repeat(999) + "…");
  }

  @Test
  void givenRowsAboutManyTalks_whenAskedForSomeOfThem_thenEveryRowOfThoseComesBackAndNoOther() {
    DeliveryLedger ledger = replica("one");
    List<String> asked = IntStream.range(0, 250).mapToObj(i -> "talk-" + i).toList();
    for (String id : List.of("talk-0", "talk-99", "talk-100", "talk-249", "not-asked")) {
      Webinar w = TestWebinars.timed(id, "2026-06-10T17:00", "UTC").build();
      ledger.claim(
          Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, w), onH2.clock.instant()), SLACK);
    }

    assertThat(ledger.forWebinars(asked))
        .extracting(e -> e.key().webinarId())
        .containsExactlyInAnyOrder("talk-0", "talk-99", "talk-100", "talk-249");
    assertThat(ledger.forWebinars(List.of())).isEmpty();
  }
}
