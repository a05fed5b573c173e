package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.testing.ClusterHarness;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestWebinars;

/**
 * Several replicas on one PostgreSQL with a real clustered Quartz, firing on real time: each post
 * goes out once between them, a dead replica's work moves to a survivor, and an edit seen by every
 * replica is told once.
 */
class ClusterSchedulingTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /** Talks whose one-hour reminders all come due {@code lead} from now, on the same second. */
  private static Webinar[] talksDueIn(int count, Duration lead) {
    Instant due = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).plus(lead);
    return IntStream.range(0, count)
        .mapToObj(i -> TestWebinars.startingAt("talk-" + i, due.plus(Duration.ofHours(1))).build())
        .toArray(Webinar[]::new);
  }

  private static long count(List<String> posted, String kind) {
    return posted.stream().filter(p -> p.endsWith(" " + kind)).count();
  }

  @ParameterizedTest(name = "{0} replicas")
  @ValueSource(ints = {2, 3})
  void givenReplicasOnOneDatabase_whenManyRemindersComeDueAtOnce_thenEachIsPostedOnce(
      int replicas) {
    try (ClusterHarness cluster = new ClusterHarness()) {
      List<ClusterHarness.Node> nodes = new ArrayList<>();
      for (int i = 0; i < replicas; i++) {
        nodes.add(cluster.start("replica-" + i));
      }
      Webinar[] talks = talksDueIn(60, Duration.ofSeconds(4));

      // Every replica reads the new pages at once: each plans a catch-up announcement now and the
      // one-hour reminder in four seconds, for all sixty talks.
      cluster.reloadEverywhere(talks);

      await().atMost(PATIENCE).until(() -> cluster.channel.messages().size() >= 120);
      await().during(Duration.ofSeconds(1)).until(() -> cluster.channel.messages().size() == 120);
      List<String> posted = cluster.posted();
      assertThat(Set.copyOf(posted)).hasSize(120);
      assertThat(count(posted, "announcement")).isEqualTo(60);
      assertThat(count(posted, "reminder-1h")).isEqualTo(60);
      assertThat(nodes.get(0).ledger().all())
          .filteredOn(e -> e.status() == DeliveryStatus.SENT)
          .hasSize(120);
    }
  }

  @Test
  void givenAReplicaDiesWithRemindersInHand_thenASurvivorPostsThemOnce() throws Exception {
    try (ClusterHarness cluster = new ClusterHarness()) {
      ClusterHarness.Node doomed = cluster.start("doomed");
      // The doomed replica hangs on its first post until it is killed.
      CountDownLatch never = new CountDownLatch(1);
      doomed
          .notifier()
          .beforeEachSend(
              () -> {
                try {
                  never.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new RecordingNotifier.SimulatedCrash();
                }
              });
      Webinar[] talks = talksDueIn(30, Duration.ofSeconds(2));
      doomed.reload(talks);
      await().atMost(PATIENCE).until(() -> doomed.notifier().sendCalls() == 1);
      ClusterHarness.Node survivor = cluster.start("survivor", talks);
      List<LedgerEntry> inHand =
          survivor.ledger().open().stream().filter(e -> e.owner().equals("doomed")).toList();
      assertThat(inHand).isNotEmpty();

      doomed.kill();

      await().atMost(PATIENCE).until(() -> cluster.channel.messages().size() >= 60);
      await().during(Duration.ofSeconds(1)).until(() -> cluster.channel.messages().size() == 60);
      assertThat(Set.copyOf(cluster.posted())).hasSize(60);
      assertThat(survivor.ledger().all())
          .allSatisfy(e -> assertThat(e.status()).isEqualTo(DeliveryStatus.SENT));
      Set<String> adopted =
          inHand.stream().map(e -> e.key().toString()).collect(Collectors.toSet());
      assertThat(survivor.ledger().all())
          .filteredOn(e -> adopted.contains(e.key().toString()))
          .extracting(LedgerEntry::owner)
          .containsOnly("survivor");
    }
  }

  @Test
  void givenTwoReplicas_whenBothSeeTheSameEdit_thenOneUpdateNoticeAndOneEditPerPostedMessage() {
    try (ClusterHarness cluster = new ClusterHarness()) {
      cluster.start("a");
      cluster.start("b");
      Instant start = Clock.systemUTC().instant().plus(Duration.ofDays(3));
      Webinar talk = TestWebinars.startingAt("talk", start).title("Fast packets").build();
      Webinar other = TestWebinars.startingAt("other", start).title("Slow packets").build();
      cluster.reloadEverywhere(talk, other);
      await().atMost(PATIENCE).until(() -> cluster.channel.messages().size() == 2);

      Webinar renamed = TestWebinars.startingAt("talk", start).title("Faster packets").build();
      cluster.reloadEverywhere(renamed, other);

      await().atMost(PATIENCE).until(() -> cluster.channel.messages().size() >= 3);
      await().atMost(PATIENCE).until(() -> cluster.channel.edits().size() >= 1);
      await()
          .during(Duration.ofSeconds(1))
          .until(
              () -> cluster.channel.messages().size() == 3 && cluster.channel.edits().size() == 1);
      assertThat(cluster.posted())
          .containsExactlyInAnyOrder("talk announcement", "other announcement", "talk update");
      RecordingNotifier.Edit edit = cluster.channel.edits().get(0);
      String announced =
          cluster.channel.messages().stream()
              .filter(m -> ((Post.About) m.post()).webinar().id().equals("talk"))
              .findFirst()
              .orElseThrow()
              .id();
      assertThat(edit.messageId()).isEqualTo(announced);
      assertThat(((Post.About) edit.post()).webinar().title()).isEqualTo("Faster packets");
    }
  }
}
