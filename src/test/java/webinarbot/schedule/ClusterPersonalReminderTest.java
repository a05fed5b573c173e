package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.testing.ClusterHarness;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestWebinars;

/**
 * "Remind me" with replicas on one PostgreSQL: the replica sending the direct messages dies (kill
 * -9) in the middle, one message posted but not yet confirmed, the rest claimed and in flight. The
 * survivors finish the job, and every subscriber gets exactly one message.
 */
class ClusterPersonalReminderTest {
  private static final Instant START = ScheduleHarness.NOW.plus(Duration.ofDays(2));
  private static final Instant DUE = START.minus(Duration.ofMinutes(15));
  private static final int SUBSCRIBERS = 20;
  private static final int DIES_AT = 5;

  private final Webinar talk = TestWebinars.startingAt("talk", START).build();

  @Test
  void givenAReplicaKilledBetweenADirectMessageAndItsConfirmation_thenEachSubscriberGetsOneDm()
      throws Exception {
    try (LogCapture log = new LogCapture();
        ClusterHarness cluster = new ClusterHarness()) {
      ClusterHarness.Node doomed = cluster.start("doomed", talk);
      cluster.runDue(); // the catch-up announcement
      List<Subscriber> subscribers = subscribe(cluster, SUBSCRIBERS);
      doomed.scheduler().planNewSubscriptions();
      cluster.advance(Duration.between(cluster.clock.instant(), DUE).minusSeconds(1));
      assertThat(dms(cluster)).isEmpty();
      CountDownLatch never = dieAtTheFifthMessage(doomed);

      cluster.advance(Duration.ofSeconds(1));
      await().atMost(Duration.ofSeconds(10)).until(() -> dms(cluster).size() == DIES_AT);
      ClusterHarness.Node first = cluster.start("survivor-1", talk);
      ClusterHarness.Node second = cluster.start("survivor-2", talk);
      // Every message claimed by the doomed replica; four confirmed, the fifth posted, not
      // confirmed.
      await().atMost(Duration.ofSeconds(10)).until(() -> sent(personal(first)) == DIES_AT - 1);
      assertThat(personal(first))
          .hasSize(SUBSCRIBERS)
          .allSatisfy(e -> assertThat(e.owner()).isEqualTo("doomed"));
      doomed.kill();
      never.countDown();
      cluster.advance(ClusterHarness.CHECKIN.multipliedBy(3));
      cluster.advance(Duration.ofMinutes(1));

      Map<String, Long> perUser =
          dms(cluster).stream()
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perUser.keySet())
          .containsExactlyInAnyOrderElementsOf(
              subscribers.stream().map(s -> s.target().key()).toList());
      assertThat(perUser.values()).containsOnly(1L);
      assertThat(personal(second))
          .hasSize(SUBSCRIBERS)
          .allSatisfy(e -> assertThat(e.status()).isEqualTo(DeliveryStatus.SENT));
      assertThat(personal(second))
          .filteredOn(e -> !e.owner().equals("doomed"))
          .extracting(LedgerEntry::owner)
          .isNotEmpty()
          .containsAnyOf("survivor-1", "survivor-2");
      assertThat(log.text()).contains("some posts were still in flight");
    }
  }

  /**
   * From now on the replica's fifth send reaches the platform and then the process dies before
   * hearing back; the sends after it hang until the process is gone.
   */
  private static CountDownLatch dieAtTheFifthMessage(ClusterHarness.Node node) {
    node.hangPosts(); // settling no longer waits for this replica's lanes
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger sends = new AtomicInteger();
    node.notifier()
        .beforeEachSend(
            () -> {
              int n = sends.incrementAndGet();
              if (n == DIES_AT) {
                node.notifier().crashAfterPosting();
              } else if (n > DIES_AT) {
                try {
                  never.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                throw new RecordingNotifier.SimulatedCrash();
              }
            });
    return never;
  }

  private static List<Subscriber> subscribe(ClusterHarness cluster, int count) throws Exception {
    List<Subscriber> who =
        IntStream.range(0, count).mapToObj(i -> new Subscriber("slack", "U" + i)).toList();
    try (Database db = Database.open(cluster.storage(), cluster.clock)) {
      Subscriptions subscriptions = new Subscriptions(db.dataSource(), cluster.clock);
      who.forEach(s -> subscriptions.subscribe(s, "talk"));
    }
    return who;
  }

  /** The direct messages posted by any replica, as their targets, in posting order. */
  private static List<String> dms(ClusterHarness cluster) {
    return cluster.channel.messages().stream()
        .filter(m -> Subscriber.userOf(m.target()).isPresent())
        .map(m -> m.target().key())
        .toList();
  }

  private static long sent(List<LedgerEntry> rows) {
    return rows.stream().filter(e -> e.status() == DeliveryStatus.SENT).count();
  }

  private static List<LedgerEntry> personal(ClusterHarness.Node node) {
    return node.ledger().forWebinar("talk").stream()
        .filter(e -> e.key().kind().equals(PostKind.PERSONAL))
        .toList();
  }
}
