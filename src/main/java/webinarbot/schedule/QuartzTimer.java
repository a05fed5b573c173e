package webinarbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.storage.Database;
import webinarbot.storage.Dialect;
import webinarbot.storage.Jdbc;

/**
 * The {@link PostTimer} on Quartz's JDBC job store, so pending posts survive restarts and, on
 * PostgreSQL, replicas share them: each trigger fires on one replica, and one that a dead replica
 * held fires again on a survivor.
 *
 * <p>The posts are rows of {@link PendingPostTable}; Quartz holds one trigger per instant for up to
 * {@link #POSTS_PER_TRIGGER} of them. Quartz's clustered store takes its cluster-wide {@code
 * TRIGGER_ACCESS} lock to acquire, to fire and again to complete every trigger, one transaction
 * each; with one trigger per post, 1,000 posts due at one second queued behind that lock for 3.7 s
 * on three replicas. Groups of posts spread a burst over the replicas' workers and cost the lock a
 * few dozen times.
 */
final class QuartzTimer implements PostTimer {
  private static final Logger LOG = LoggerFactory.getLogger(QuartzTimer.class);
  static final JobKey JOB = JobKey.jobKey("fire-post", "webinar-bot");

  /**
   * Posts due at one instant fired by one trigger: few enough that a burst still spreads over every
   * replica's workers, many enough that Quartz's per-trigger transactions stop counting.
   */
  static final int POSTS_PER_TRIGGER = 25;

  /** Before this version, one trigger per post, in a group per webinar. */
  private static final String LEGACY_GROUP_PREFIX = "w:";

  private final Scheduler scheduler;
  private final DataSource ds;
  private final String schedulerName;
  private final boolean clustered;
  private final String instanceId;
  private final PendingPostTable posts;
  private final QuartzBulkInsert bulk;
  private final ScheduledExecutorService chores;
  private final FirePostJob fire;
  // Recovery requested: if a replica dies between Quartz firing a trigger and the schedule
  // claiming its posts in the ledger, a survivor fires it again (the ledger keeps them single).
  private final JobDetail job =
      JobBuilder.newJob(FirePostJob.class)
          .withIdentity(JOB)
          .storeDurably()
          .requestRecovery()
          .build();
  private volatile Firing firing;

  private QuartzTimer(Database db, QuartzFactory.Options options) throws SchedulerException {
    this.ds = db.dataSource();
    this.schedulerName = options.schedulerName();
    this.clustered = options.clustered();
    this.instanceId = options.instanceId();
    this.posts = new PendingPostTable(ds, schedulerName);
    this.bulk = new QuartzBulkInsert(schedulerName);
    this.fire = new FirePostJob(posts, this::firing, db.watch()::reportFailure);
    this.scheduler = QuartzFactory.create(db, FirePostJob.factory(fire), options);
    this.chores =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "schedule-chores");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Builds the timer (Quartz not started): stores the one job every trigger runs and drops the
   * one-trigger-per-post triggers an older version left.
   */
  static QuartzTimer create(Database db, QuartzFactory.Options options) throws SchedulerException {
    QuartzTimer t = new QuartzTimer(db, options);
    try {
      t.scheduler.addJob(t.job, true);
      t.dropLegacyTriggers();
      return t;
    } catch (SchedulerException | RuntimeException e) {
      t.close();
      throw e;
    }
  }

  private Firing firing() {
    return firing;
  }

  @Override
  public boolean shared() {
    return clustered;
  }

  /**
   * From Quartz's check-ins: a survivor deletes a dead replica's row once it took over its work.
   */
  @Override
  public Set<String> liveInstances() {
    if (!clustered) {
      return Set.of(instanceId);
    }
    return new HashSet<>(
        new Jdbc(ds)
            .query(
                "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
                rs -> rs.getString(1),
                schedulerName));
  }

  /**
   * Also re-arms posts whose trigger went missing (a crash between writing them and arming the
   * earliest trigger): this is the read start-up and the periodic replan make.
   */
  @Override
  public List<PendingPost> pending() throws SchedulerException {
    List<PendingPostTable.Row> rows = posts.all();
    rearmMissing(rows);
    return rows.stream().map(PendingPostTable.Row::post).toList();
  }

  @Override
  public List<PendingPost> pending(Collection<String> webinarIds) {
    return posts.forWebinars(webinarIds).stream().map(PendingPostTable.Row::post).toList();
  }

  @Override
  public synchronized void change(Collection<PendingPost> cancel, Collection<PendingPost> add)
      throws SchedulerException {
    if (!cancel.isEmpty()) {
      cancel(cancel);
    }
    if (!add.isEmpty()) {
      add(List.copyOf(add));
    }
  }

  /** Deletes the posts, then the triggers left with nothing to fire. */
  private void cancel(Collection<PendingPost> gone) throws SchedulerException {
    Set<PendingPost> set = new HashSet<>(gone);
    Set<String> touched =
        posts.forWebinars(set.stream().map(PendingPost::webinarId).toList()).stream()
            .filter(r -> set.contains(r.post()))
            .map(PendingPostTable.Row::trigger)
            .collect(Collectors.toSet());
    posts.delete(set);
    touched.removeAll(posts.inUse(touched));
    List<TriggerKey> empty = new ArrayList<>();
    for (String name : touched) {
      DueTrigger.parse(name).ifPresent(t -> empty.add(t.key()));
    }
    if (!empty.isEmpty()) {
      scheduler.unscheduleJobs(empty);
    }
  }

  /**
   * Writes the posts and their triggers in one transaction: per instant, a fresh trigger for each
   * {@link #POSTS_PER_TRIGGER}. All but the earliest trigger go in as rows; the earliest goes
   * through Quartz's API after the commit, which wakes its scheduler thread if it is waiting for
   * something later. Replicas that read the same new page write the same posts: the first one's
   * commit wins, and the others leave those out and try again.
   */
  private void add(List<PendingPost> fresh) throws SchedulerException {
    List<PendingPost> todo = fresh;
    for (int attempt = 1; ; attempt++) {
      DueTrigger.Assignment assigned = DueTrigger.assign(todo, POSTS_PER_TRIGGER);
      List<PendingPostTable.Row> rows = assigned.rows();
      List<DueTrigger> triggers = assigned.triggers();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try {
          posts.insert(c, rows);
          bulk.insert(c, triggers.subList(1, triggers.size()));
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (!Dialect.isUniqueViolation(e) || attempt == 3) {
          throw new SchedulerException("writing " + rows.size() + " pending posts failed", e);
        }
        Set<PendingPost> there =
            posts.forWebinars(todo.stream().map(PendingPost::webinarId).toList()).stream()
                .map(PendingPostTable.Row::post)
                .collect(Collectors.toSet());
        todo = todo.stream().filter(p -> !there.contains(p)).toList();
        if (todo.isEmpty()) {
          return;
        }
        continue;
      }
      // Replace: a replica re-arming what it found without a trigger may have written it already.
      scheduler.scheduleJobs(Map.of(job, Set.of(trigger(triggers.get(0)))), true);
      return;
    }
  }

  /** Posts whose trigger is missing get it back; overdue ones then fire at once. */
  private void rearmMissing(List<PendingPostTable.Row> rows) throws SchedulerException {
    Set<String> armed = new HashSet<>();
    for (TriggerKey k :
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(DueTrigger.GROUP))) {
      armed.add(k.getName());
    }
    Map<String, DueTrigger> missing = new HashMap<>();
    for (PendingPostTable.Row r : rows) {
      if (!armed.contains(r.trigger())) {
        DueTrigger.parse(r.trigger()).ifPresent(t -> missing.put(r.trigger(), t));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    // After a crash between writing posts and arming their earliest trigger; or, harmlessly,
    // another replica is arming it right now.
    LOG.info("armed {} triggers of pending posts that had none", missing.size());
    Set<Trigger> triggers = new HashSet<>();
    missing.values().forEach(t -> triggers.add(trigger(t)));
    scheduler.scheduleJobs(Map.of(job, triggers), true);
  }

  private void dropLegacyTriggers() throws SchedulerException {
    Set<TriggerKey> legacy =
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupStartsWith(LEGACY_GROUP_PREFIX));
    if (!legacy.isEmpty()) {
      scheduler.unscheduleJobs(List.copyOf(legacy));
      LOG.info(
          "dropped {} triggers of an older version; the plan writes them again", legacy.size());
    }
  }

  private static Trigger trigger(DueTrigger t) {
    return oneShot(t.key(), t.at());
  }

  private static Trigger oneShot(TriggerKey key, Instant at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key)
        .forJob(JOB)
        .startAt(Date.from(at))
        // Late (the bot was down, or busy): fire at once; the schedule applies the grace rule.
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  @Override
  public Optional<Instant> nextDigest() throws SchedulerException {
    return next(WakeUpTrigger.DIGEST);
  }

  @Override
  public void armDigest(Instant at) throws SchedulerException {
    arm(WakeUpTrigger.DIGEST, Optional.of(at));
  }

  @Override
  public Optional<Instant> nextHorizon() throws SchedulerException {
    return next(WakeUpTrigger.HORIZON);
  }

  @Override
  public void armHorizon(Optional<Instant> at) throws SchedulerException {
    arm(WakeUpTrigger.HORIZON, at);
  }

  private Optional<Instant> next(WakeUpTrigger kind) throws SchedulerException {
    return scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(kind.group)).stream()
        .map(kind::dueAt)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  private synchronized void arm(WakeUpTrigger kind, Optional<Instant> at)
      throws SchedulerException {
    Optional<TriggerKey> key = at.map(kind::key);
    Set<TriggerKey> existing =
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(kind.group));
    for (TriggerKey old : existing) {
      if (!key.equals(Optional.of(old))) {
        scheduler.unscheduleJob(old);
      }
    }
    if (key.isPresent() && !existing.contains(key.get())) {
      scheduler.scheduleJobs(Map.of(job, Set.of(oneShot(key.get(), at.get()))), true);
    }
  }

  @Override
  public void every(Duration period, Runnable task) {
    long every = period.toMillis();
    // A periodic task that threw would never run again: each run's failure is logged instead.
    Runnable guarded =
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("a periodic schedule task failed; it runs again in {}", period, e);
          }
        };
    var unused = chores.scheduleWithFixedDelay(guarded, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void start(Firing f) throws SchedulerException {
    this.firing = f;
    scheduler.start();
  }

  /**
   * Stops firing and waits (up to 30 s) for the firings under way. Quartz's own wait for jobs would
   * also join each idle worker, asleep for up to half a second: a restart took that long for
   * nothing.
   */
  @Override
  public void close() {
    chores.shutdownNow();
    try {
      scheduler.standby();
      fire.stop();
      if (!fire.awaitIdle(Duration.ofSeconds(30))) {
        LOG.warn("a firing was still running after 30 s; Quartz fires it again on the next start");
      }
      // A worker records its firing in the job store after the job returns: shutting the store
      // down under it makes Quartz log an error and fire the trigger again on the next start.
      // Waiting for the workers costs about half a second, paid only if anything fired.
      scheduler.shutdown(fire.hasFired());
    } catch (SchedulerException e) {
      LOG.warn("Quartz did not shut down cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
