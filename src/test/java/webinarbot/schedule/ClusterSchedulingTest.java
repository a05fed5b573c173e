package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestWebinars;

/**
 * Several replicas on one PostgreSQL sharing one timer, time moved by hand: each post goes out once
 * between them, a dead replica's work moves to a survivor, and an edit seen by every replica is
 * told once.
 */
class ClusterSchedulingTest {
  private static final Instant NOW = ScheduleHarness.NOW;

  /** Talks whose one-hour reminders all come due {@code lead} from now, at the same instant. */
  private static Webinar[] talksDueIn(int count, Duration lead) {
    Instant due = NOW.plus(lead);
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
      cluster.advance(Duration.ofSeconds(4));

      List<String> posted = cluster.posted();
      assertThat(posted).hasSize(120);
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
    try (LogCapture log = new LogCapture();
        ClusterHarness cluster = new ClusterHarness()) {
      ClusterHarness.Node doomed = cluster.start("doomed");
      doomed.hangPosts();
      Webinar[] talks = talksDueIn(30, Duration.ofSeconds(2));
      doomed.reload(talks);
      // Fired on the doomed replica, which claims every announcement and hangs on the first.
      cluster.runDue();
      await().atMost(Duration.ofSeconds(10)).until(() -> doomed.notifier().sendCalls() == 1);
      ClusterHarness.Node survivor = cluster.start("survivor", talks);
      List<LedgerEntry> inHand =
          survivor.ledger().open().stream().filter(e -> e.owner().equals("doomed")).toList();
      assertThat(inHand).hasSize(30);

      doomed.kill();
      assertThat(log.text()).contains("some posts were still in flight");
      cluster.advance(Duration.ofSeconds(2));
      assertThat(cluster.posted()).containsOnly(reminders(talks));
      cluster.advance(ClusterHarness.CHECKIN.multipliedBy(3));

      assertThat(cluster.posted()).hasSize(60).doesNotHaveDuplicates();
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

  private static String[] reminders(Webinar[] talks) {
    return java.util.Arrays.stream(talks).map(t -> t.id() + " reminder-1h").toArray(String[]::new);
  }

  @Test
  void givenAReplicaDiesJustAfterFiring_thenASurvivorFiresTheSamePostsAndEachGoesOutOnce()
      throws Exception {
    try (LogCapture log = new LogCapture();
        ClusterHarness cluster = new ClusterHarness()) {
      Webinar[] talks = talksDueIn(10, Duration.ofMinutes(1));
      cluster.seenLongAgo(talks);
      cluster.start("a", talks);
      cluster.start("b", talks);
      // Seen a month ago, started a day before: the 7- and 1-day reminders were missed.
      assertThat(log.lines()).filteredOn(l -> l.contains("skipped reminder-")).hasSize(20);
      List<String> firers = new ArrayList<>();
      cluster
          .timers()
          .whenFired(
              id -> {
                firers.add(id);
                if (firers.size() == 1) {
                  // Dies with its claims made and its lane not yet (or only partly) through them.
                  cluster.node(id).kill();
                }
              });

      cluster.advance(Duration.ofMinutes(1));
      cluster.advance(ClusterHarness.CHECKIN.multipliedBy(3));

      assertThat(firers).hasSize(2).doesNotHaveDuplicates();
      assertThat(cluster.posted()).containsExactlyInAnyOrder(reminders(talks));
      String survivor = firers.get(1);
      assertThat(cluster.node(survivor).ledger().all())
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .hasSize(10)
          .containsOnly(DeliveryStatus.SENT);
    }
  }

  @Test
  void givenTwoReplicas_whenBothSeeTheSameEdit_thenOneUpdateNoticeAndOneEditPerPostedMessage() {
    try (ClusterHarness cluster = new ClusterHarness()) {
      cluster.start("a");
      cluster.start("b");
      Instant start = NOW.plus(Duration.ofDays(3));
      Webinar talk = TestWebinars.startingAt("talk", start).title("Fast packets").build();
      Webinar other = TestWebinars.startingAt("other", start).title("Slow packets").build();
      cluster.reloadEverywhere(talk, other);
      cluster.runDue();
      assertThat(cluster.channel.messages()).hasSize(2);

      Webinar renamed = TestWebinars.startingAt("talk", start).title("Faster packets").build();
      cluster.reloadEverywhere(renamed, other);
      cluster.runDue();

      assertThat(cluster.posted())
          .containsExactlyInAnyOrder("talk announcement", "other announcement", "talk update");
      assertThat(cluster.channel.edits()).hasSize(1);
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
