package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.config.Settings;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * The ledger as replicas share it: each with its own connection pool on one PostgreSQL, racing for
 * the same rows.
 */
class ClusterLedgerTest {
  private static final Target SLACK = new Target("slack", "C1");
  private final MutableClock clock = MutableClock.at("2026-06-01T00:00:00Z");
  private final Settings.Storage storage = TestDatabases.postgres();
  private final List<Database> pools = new ArrayList<>();
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();
  private final Delivery announcement =
      Delivery.now(
          new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse("2026-06-01T00:00:00Z"));

  /** A replica's view of the ledger: its own pool, its own name. */
  private DeliveryLedger replica(String name) throws Exception {
    Database db = Database.open(storage, clock);
    pools.add(db);
    return new DeliveryLedger(db.dataSource(), clock, name);
  }

  @AfterEach
  void close() {
    pools.forEach(Database::close);
  }

  /** Runs every racer at the same moment and counts those that won. */
  private static long race(List<Supplier<Boolean>> racers) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Boolean>> runs = new ArrayList<>();
    for (Supplier<Boolean> r : racers) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return r.get();
              }));
    }
    go.countDown();
    long won = 0;
    for (CompletableFuture<Boolean> f : runs) {
      won += f.get() ? 1 : 0;
    }
    return won;
  }

  @Test
  void givenThreeReplicas_whenTheyRaceForOneDeliveryAndThenForItsEdit_thenOneWinsEach()
      throws Exception {
    List<DeliveryLedger> replicas = List.of(replica("a"), replica("b"), replica("c"));

    long claims =
        race(
            replicas.stream()
                .<Supplier<Boolean>>map(l -> () -> l.claim(announcement, SLACK))
                .toList());
    DeliveryKey key = announcement.key(SLACK);
    replicas.get(0).markSent(key, "m1");
    long edits =
        race(
            replicas.stream()
                .<Supplier<Boolean>>map(l -> () -> l.claimEdit(key, "rev-2"))
                .toList());

    assertThat(claims).isEqualTo(1);
    assertThat(edits).isEqualTo(1);
    // The next revision of the page is another edit, claimed once again.
    assertThat(replicas.get(1).claimEdit(key, "rev-3")).isTrue();
    assertThat(replicas.get(2).claimEdit(key, "rev-3")).isFalse();
  }

  @Test
  void givenARowAdoptedFromAReplicaTakenForDead_whenThatReplicaWakesUp_thenItMustNotSend()
      throws Exception {
    DeliveryLedger slow = replica("slow");
    DeliveryLedger survivor = replica("survivor");
    slow.claim(announcement, SLACK);
    DeliveryKey key = announcement.key(SLACK);
    LedgerEntry open = survivor.find(key).orElseThrow();

    assertThat(survivor.adopt(open)).isTrue();

    assertThat(slow.markSending(key, 1)).isFalse();
    assertThat(survivor.markSending(key, 1)).isTrue();
    assertThat(survivor.find(key).orElseThrow().owner()).isEqualTo("survivor");
  }
}
