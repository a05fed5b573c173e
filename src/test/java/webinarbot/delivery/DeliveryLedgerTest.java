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
}
