package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import webinarbot.config.Settings;
import webinarbot.storage.Database;
import webinarbot.testing.LogCapture;
import webinarbot.testing.TestDatabases;

/**
 * The Quartz timer alone, under a recording {@link PostTimer.Firing}: what the schedule relies on
 * it for beyond firing (two replicas writing the same posts, triggers of an older version, the
 * digest, periodic chores, a clean close). Quartz runs on the real time, so only what is due now or
 * earlier fires, and the tests wait for Quartz's threads, never for an instant ahead.
 */
class QuartzTimerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private final Instant later = Clock.systemUTC().instant().plus(Duration.ofDays(2));
  private final List<AutoCloseable> open = new ArrayList<>();
  private final Settings.Storage storage = TestDatabases.h2();
  private final Recording firing = new Recording();

  @AfterEach
  void closeAll() throws Exception {
    Collections.reverse(open);
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void givenPostsAnotherReplicaWroteFirst_whenTheyAreAddedAgain_thenOnlyTheNewOneIsAdded()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    PendingPost first = post("talk", "reminder-1d", later);
    PendingPost second = post("talk", "reminder-1h", later.plus(Duration.ofHours(23)));
    timer.change(List.of(), List.of(first, second));

    PendingPost third = post("other", "reminder-1d", later);
    timer.change(List.of(), List.of(second, third));

    assertThat(timer.pending()).containsExactlyInAnyOrder(first, second, third);
  }

  @Test
  void givenTwoPostsOnOneTrigger_whenOneIsCancelled_thenTheTriggerStaysForTheOther()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    PendingPost a = post("a", "reminder-1d", later);
    PendingPost b = post("b", "reminder-1d", later);
    timer.change(List.of(), List.of(a, b));
    assertThat(dueTriggers()).isEqualTo(1);

    timer.change(List.of(a), List.of());
    assertThat(timer.pending()).containsExactly(b);
    assertThat(dueTriggers()).isEqualTo(1);

    timer.change(List.of(b), List.of());
    assertThat(timer.pending()).isEmpty();
    assertThat(dueTriggers()).isZero();
  }

  @Test
  void givenTriggersOfTheOlderOneTriggerPerPostVersion_whenTheTimerIsCreated_thenTheyAreDropped()
      throws Exception {
    try (Database db = Database.open(storage, Clock.systemUTC())) {
      Scheduler old =
          QuartzFactory.create(db, (bundle, s) -> null, options("old", false, "webinar-bot"));
      old.addJob(
          JobBuilder.newJob(FirePostJob.class).withIdentity(QuartzTimer.JOB).storeDurably().build(),
          true);
      old.scheduleJob(
          TriggerBuilder.newTrigger()
              .withIdentity("reminder-1d", "w:talk")
              .forJob(QuartzTimer.JOB)
              .startAt(java.util.Date.from(later))
              .withSchedule(SimpleScheduleBuilder.simpleSchedule())
              .build());
      old.shutdown();
    }
    assertThat(triggersInGroup("w:talk")).isEqualTo(1);

    timer("a", false);

    assertThat(triggersInGroup("w:talk")).isZero();
  }

  @Test
  void givenADigestArmed_whenAnotherInstantIsArmed_thenOnlyTheNewOneIsHeld() throws Exception {
    QuartzTimer timer = timer("a", false);
    Instant monday = later.truncatedTo(ChronoUnit.MINUTES);
    timer.armDigest(monday);
    timer.armDigest(monday);
    assertThat(timer.nextDigest()).hasValue(monday);

    timer.armDigest(monday.plus(Duration.ofDays(7)));

    assertThat(timer.nextDigest()).hasValue(monday.plus(Duration.ofDays(7)));
    assertThat(triggersInGroup(WakeUpTrigger.DIGEST.group)).isEqualTo(1);
  }

  @Test
  void givenAHorizonWakeUpArmed_whenAnotherIsArmedOrNone_thenTheTimerHoldsOnlyThatOne()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    Instant wake = later.truncatedTo(ChronoUnit.MINUTES);
    timer.armHorizon(Optional.of(wake));
    timer.armDigest(wake);

    timer.armHorizon(Optional.of(wake.plus(Duration.ofDays(1))));
    assertThat(timer.nextHorizon()).hasValue(wake.plus(Duration.ofDays(1)));
    assertThat(triggersInGroup(WakeUpTrigger.HORIZON.group)).isEqualTo(1);

    timer.armHorizon(Optional.empty());
    assertThat(timer.nextHorizon()).isEmpty();
    assertThat(triggersInGroup(WakeUpTrigger.HORIZON.group)).isZero();
    assertThat(timer.nextDigest()).hasValue(wake);
  }

  @Test
  void givenAHorizonWakeUpThatCameDueWhileTheBotWasDown_whenTheTimerStarts_thenItIsHandedOver()
      throws Exception {
    QuartzTimer armedBefore = timer("a", false);
    Instant missed =
        Clock.systemUTC().instant().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
    armedBefore.armHorizon(Optional.of(missed));
    armedBefore.close();
    QuartzTimer timer = timer("a", false);

    timer.start(firing);

    await().atMost(PATIENCE).until(() -> !firing.horizons.isEmpty());
    assertThat(firing.horizons).containsExactly(missed);
    assertThat(firing.digests).isEmpty();
    assertThat(timer.nextHorizon()).isEmpty();
  }

  @Test
  void givenADigestThatCameDueWhileTheBotWasDown_whenTheTimerStarts_thenItIsHandedOver()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    Instant missed = Clock.systemUTC().instant().minus(Duration.ofMinutes(5));
    timer.armDigest(missed.truncatedTo(ChronoUnit.MINUTES));

    timer.start(firing);

    await().atMost(PATIENCE).until(() -> !firing.digests.isEmpty());
    assertThat(firing.digests).containsExactly(missed.truncatedTo(ChronoUnit.MINUTES));
  }

  @Test
  void givenAPeriodicChoreThatFails_thenItStillRunsEveryPeriodAndTheFailureIsLogged()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    AtomicInteger runs = new AtomicInteger();
    try (LogCapture log = new LogCapture()) {
      timer.every(
          Duration.ofMillis(5),
          () -> {
            if (runs.incrementAndGet() == 1) {
              throw new IllegalStateException("the first run fails");
            }
          });

      await().atMost(PATIENCE).until(() -> runs.get() >= 3);
      assertThat(log.text())
          .contains("a periodic schedule task failed; it runs again in PT0.005S")
          .contains("the first run fails");
    }
  }

  @Test
  void givenAFiringUnderWay_whenTheTimerCloses_thenCloseWaitsForItAndLogsNothing()
      throws Exception {
    QuartzTimer timer = timer("a", false);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    PostTimer.Firing slow =
        new Recording() {
          @Override
          public CompletableFuture<Void> postsDue(Instant at, List<PendingPost> posts) {
            entered.countDown();
            try {
              release.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            events.add("fired " + posts.size());
            return CompletableFuture.completedFuture(null);
          }
        };
    timer.change(
        List.of(),
        List.of(post("talk", "reminder-1h", Clock.systemUTC().instant().minusSeconds(1))));
    timer.start(slow);
    assertThat(entered.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    try (LogCapture log = new LogCapture()) {
      Thread closing =
          new Thread(
              () -> {
                timer.close();
                events.add("closed");
              });
      closing.start();
      // Parked in close's wait for the firing: only then is the firing let finish.
      await().atMost(PATIENCE).until(() -> closing.getState() == Thread.State.TIMED_WAITING);
      release.countDown();
      closing.join(PATIENCE.toMillis());

      assertThat(closing.isAlive()).isFalse();
      assertThat(events).containsExactly("fired 1", "closed");
      assertThat(log.text()).isEmpty();
    }
    assertThat(timer("after", false).pending()).isEmpty();
  }

  @Test
  void givenATimerThatWasClosed_whenAnotherStartsOnTheSameTables_thenOnlyTheNewOneFires()
      throws Exception {
    QuartzTimer first = timer("a", false);
    first.start(firing);
    first.close();
    QuartzTimer second = timer("a", false);
    Recording after = new Recording();
    second.start(after);

    second.change(
        List.of(),
        List.of(post("talk", "reminder-1h", Clock.systemUTC().instant().minusSeconds(1))));

    await().atMost(PATIENCE).until(() -> !after.fired.isEmpty());
    assertThat(after.fired).containsExactly("talk reminder-1h");
    assertThat(firing.fired).isEmpty();
  }

  @Test
  void givenAnUnclusteredTimer_thenItSharesNothingAndIsItsOnlyLiveInstance() throws Exception {
    QuartzTimer timer = timer("solo", false);

    assertThat(timer.shared()).isFalse();
    assertThat(timer.liveInstances()).containsExactly("solo");
  }

  @Test
  void givenTwoClusteredReplicasOnPostgres_thenEachSeesBothAsLive() throws Exception {
    Settings.Storage shared = TestDatabases.postgres();
    QuartzTimer a = timer(shared, "replica-a", true);
    QuartzTimer b = timer(shared, "replica-b", true);
    a.start(firing);
    b.start(new Recording());

    assertThat(a.shared()).isTrue();
    await().atMost(PATIENCE).until(() -> b.liveInstances().size() == 2);
    assertThat(a.liveInstances()).containsExactlyInAnyOrder("replica-a", "replica-b");
  }

  private QuartzTimer timer(String instance, boolean clustered) throws Exception {
    return timer(storage, instance, clustered);
  }

  private QuartzTimer timer(Settings.Storage where, String instance, boolean clustered)
      throws Exception {
    Database db = Database.open(where, Clock.systemUTC());
    open.add(db);
    QuartzTimer t = QuartzTimer.create(db, options(instance, clustered, "webinar-bot"));
    open.add(t);
    return t;
  }

  private static QuartzFactory.Options options(String instance, boolean clustered, String name) {
    return new QuartzFactory.Options(name, instance, 2, clustered, Duration.ofMillis(500));
  }

  private static PendingPost post(String webinar, String kind, Instant at) {
    return new PendingPost(webinar, kind, "r1", at);
  }

  private int dueTriggers() throws Exception {
    return triggersInGroup(DueTrigger.GROUP);
  }

  private int triggersInGroup(String group) throws Exception {
    try (Database db = Database.open(storage, Clock.systemUTC());
        Connection c = db.connection();
        PreparedStatement p =
            c.prepareStatement("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = ?")) {
      p.setString(1, group);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** What the timer handed over, as "webinar kind" lines and digest instants. */
  private static class Recording implements PostTimer.Firing {
    final List<String> fired = Collections.synchronizedList(new ArrayList<>());
    final List<Instant> digests = Collections.synchronizedList(new ArrayList<>());
    final List<Instant> horizons = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CompletableFuture<Void> postsDue(Instant at, List<PendingPost> posts) {
      posts.forEach(p -> fired.add(p.webinarId() + " " + p.kind()));
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void digestDue(Instant at) {
      digests.add(at);
    }

    @Override
    public void horizonDue(Instant at) {
      horizons.add(at);
    }
  }
}
