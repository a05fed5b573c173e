package webinarbot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.config.Settings;
import webinarbot.content.LoadResult;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Recovery;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.PostKind;
import webinarbot.storage.Database;
import webinarbot.storage.Jdbc;

/**
 * The running schedule: the live catalogue, the pending posts of a {@link PostTimer} that match its
 * plan, and the reconciliation that turns each content reload into notices and replanned posts.
 *
 * <p>Start-up order matters: deliveries the last run left open are finished first, then the content
 * is diffed against what was known (edits made while the bot was down are noticed), the whole plan
 * is written to the timer (missed posts within grace go out now, older ones are skipped with their
 * reason), and only then does the timer start firing.
 */
public final class ReminderScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

  /**
   * @param schedulerName Quartz's instance name; replicas sharing one database use the same
   * @param threads Quartz workers
   * @param clustered several replicas on one PostgreSQL
   * @param resyncEvery how often the whole plan is checked against the timer, as a safety net
   *     (zero: never)
   * @param checkinInterval clustered: how often a replica checks in with the others and looks for
   *     the work of replicas that died
   */
  public record Options(
      String schedulerName,
      int threads,
      boolean clustered,
      Duration resyncEvery,
      Duration checkinInterval) {
    /** A dead replica's reminders move to a survivor within about 20 s. */
    public static final Duration CHECKIN = Duration.ofSeconds(5);

    public Options(String schedulerName, int threads, boolean clustered, Duration resyncEvery) {
      this(schedulerName, threads, clustered, resyncEvery, CHECKIN);
    }

    public static Options standalone() {
      return new Options(QuartzFactory.SCHEDULER_NAME, 4, false, Duration.ofMinutes(15));
    }

    /**
     * Clustered exactly when the database can be shared: PostgreSQL. One clustered replica costs a
     * check-in every few seconds; an H2 file belongs to one process.
     */
    public static Options forDatabase(Database db) {
      return new Options(QuartzFactory.SCHEDULER_NAME, 4, db.shared(), Duration.ofMinutes(15));
    }
  }

  private final PostTimer timer;
  private final String instanceId;
  private final LiveCatalogue live;
  private final ContentReconciler reconciler;
  private final Replanner replanner;
  private final PostFiring firing;
  private final Recovery recovery;
  private final OrphanedDeliveries orphans;
  private final Optional<DigestSchedule> digest;
  private final DatabaseFailures databaseFailures;
  private final SubscriberAudience audience;
  private final Clock clock;

  /** How often the schedule looks for new "Remind me" subscriptions, made on any replica. */
  static final Duration SUBSCRIPTIONS_EVERY = Duration.ofSeconds(15);

  private ReminderScheduler(
      PostTimer timer,
      Database db,
      Settings.Schedule schedule,
      DeliveryService delivery,
      Clock clock,
      Options options,
      LiveCatalogue live,
      ContentOutage.Removals removals) {
    this.timer = timer;
    this.clock = clock;
    this.instanceId = delivery.ledger().owner();
    this.live = live;
    KnownWebinars known = KnownWebinars.load(db.dataSource());
    ReminderPlanner planner = new ReminderPlanner(schedule);
    this.audience =
        new SubscriberAudience(new Subscriptions(db.dataSource(), clock), delivery, clock);
    this.reconciler =
        new ContentReconciler(
            known, live, new ChangeNotices(delivery, audience), clock, new ContentOutage(removals));
    this.replanner = new Replanner(timer, planner, known, live, delivery, audience, clock);
    this.firing = new PostFiring(live, known, planner, delivery, audience, clock, timer.shared());
    this.digest =
        schedule
            .digest()
            .map(
                when ->
                    new DigestSchedule(
                        new WeeklyDigest(when, schedule.timezone()),
                        schedule.grace(),
                        live,
                        delivery,
                        clock,
                        planner.routing()));
    // Open rows are shown as the last version their run knew (the page may be gone since).
    this.recovery =
        new Recovery(
            delivery,
            id -> known.lastVersion(id).or(() -> live.get().find(id)),
            week -> digest.flatMap(d -> d.rebuild(week)));
    this.databaseFailures = new DatabaseFailures(db.watch(), recovery, !timer.shared());
    this.orphans =
        new OrphanedDeliveries(
            timer::liveInstances,
            recovery,
            delivery.ledger(),
            clock,
            options.checkinInterval().multipliedBy(2));
  }

  /**
   * Loads the content, finishes what the last run left open, writes the plan to Quartz and starts
   * firing.
   */
  public static ReminderScheduler start(
      Database db,
      Settings.Schedule schedule,
      DeliveryService delivery,
      Supplier<LoadResult> content,
      Clock clock,
      Options options)
      throws SchedulerException {
    return start(db, schedule, delivery, content, clock, options, new LiveCatalogue());
  }

  /**
   * As {@link #start(Database, Settings.Schedule, DeliveryService, Supplier, Clock, Options)},
   * filling a catalogue the caller already handed to others (chat commands, Discord).
   */
  public static ReminderScheduler start(
      Database db,
      Settings.Schedule schedule,
      DeliveryService delivery,
      Supplier<LoadResult> content,
      Clock clock,
      Options options,
      LiveCatalogue live)
      throws SchedulerException {
    return start(db, schedule, delivery, content, clock, options, live, false);
  }

  /**
   * As {@link #start(Database, Settings.Schedule, DeliveryService, Supplier, Clock, Options,
   * LiveCatalogue)}; with {@code acceptMassRemoval}, pages removed many at once are cancellations
   * too, not a content outage ({@code serve --accept-removals}).
   */
  public static ReminderScheduler start(
      Database db,
      Settings.Schedule schedule,
      DeliveryService delivery,
      Supplier<LoadResult> content,
      Clock clock,
      Options options,
      LiveCatalogue live,
      boolean acceptMassRemoval)
      throws SchedulerException {
    PostTimer quartz =
        QuartzTimer.create(
            db,
            new QuartzFactory.Options(
                options.schedulerName(),
                delivery.ledger().owner(),
                options.threads(),
                options.clustered(),
                options.checkinInterval()));
    return start(quartz, db, schedule, delivery, content, clock, options, live, acceptMassRemoval);
  }

  /**
   * As the others, on {@code timer} instead of Quartz (tests move time by hand). The timer belongs
   * to the schedule from here on, and is closed with it.
   */
  public static ReminderScheduler start(
      PostTimer timer,
      Database db,
      Settings.Schedule schedule,
      DeliveryService delivery,
      Supplier<LoadResult> content,
      Clock clock,
      Options options,
      LiveCatalogue live,
      boolean acceptMassRemoval)
      throws SchedulerException {
    try {
      ReminderScheduler s =
          new ReminderScheduler(
              timer,
              db,
              schedule,
              delivery,
              clock,
              options,
              live,
              acceptMassRemoval ? ContentOutage.Removals.ACCEPTED : ContentOutage.Removals.GUARDED);
      s.begin(delivery, content, options);
      LOG.info("schedule started: {} webinars, {} targets", live.get().size(), delivery.targets());
      return s;
    } catch (SchedulerException | RuntimeException e) {
      timer.close();
      throw e;
    }
  }

  private void begin(DeliveryService delivery, Supplier<LoadResult> content, Options options)
      throws SchedulerException {
    // Whatever a database failure stops (a claim, a confirmation, a reload, a firing) is finished
    // once the database answers again, within schedule.grace of its time.
    databaseFailures.watch(
        delivery,
        unapplied -> {
          if (unapplied != null) {
            apply(unapplied);
          }
          replanAll();
        });
    // Alone, open rows come first, before this run claims anything: they are the last run's
    // unfinished business. In a cluster they may be a live replica's work in progress: they are
    // taken over only once their owner is gone from the timer (see OrphanedDeliveries).
    if (!timer.shared()) {
      recovery.resumeAll();
    }
    reconciler.apply(content.get());
    replanAll();
    timer.start(
        new PostTimer.Firing() {
          @Override
          public CompletableFuture<Void> postsDue(Instant at, List<PendingPost> posts) {
            return firing.fire(at, posts);
          }

          @Override
          public void digestDue(Instant at) {
            ReminderScheduler.this.digestDue(at);
          }

          @Override
          public void horizonDue(Instant at) {
            extendHorizon();
          }
        });
    if (!options.resyncEvery().isZero()) {
      timer.every(options.resyncEvery(), this::safeReplanAll);
    }
    timer.every(SUBSCRIPTIONS_EVERY, this::planNewSubscriptions);
    if (timer.shared()) {
      timer.every(options.checkinInterval(), orphans::safeSweep);
    }
  }

  /** This replica's id: Quartz's instance id and the owner of the ledger rows it claims. */
  public String instanceId() {
    return instanceId;
  }

  /** Shares reminders with other replicas on the same database. */
  public boolean clustered() {
    return timer.shared();
  }

  /**
   * The replicas that checked in with Quartz lately, this one included; just this one when not
   * clustered.
   */
  public Set<String> liveReplicas() {
    return timer.liveInstances();
  }

  /**
   * Why the content is in an outage (missing, empty, or most pages gone at once), if it is: the
   * last good catalogue is kept meanwhile.
   */
  public Optional<String> contentOutage() {
    return reconciler.outage();
  }

  /** The catalogue the bot acts on, for chat commands, announce and the HTTP feed. */
  public LiveCatalogue catalogue() {
    return live;
  }

  /**
   * Applies a content reload: notices, edits, and the affected webinars' pending posts. A reload
   * the database fails to take is applied again once it answers.
   */
  public synchronized void apply(LoadResult result) throws SchedulerException {
    try {
      replanner.replan(reconciler.apply(result));
      databaseFailures.reloaded(result);
    } catch (Jdbc.StorageFailure e) {
      databaseFailures.reloadFailed(result, e);
    }
  }

  /** Plans every webinar, makes the pending posts match and arms the next digest. */
  public synchronized Plan replanAll() throws SchedulerException {
    Plan plan = replanner.replanAll();
    if (digest.isPresent()) {
      digest.get().arm(timer);
    }
    return plan;
  }

  /**
   * Plans some webinars again and makes their pending posts match; past a hundred, everything is
   * replanned at once, which is cheaper than that many small plans.
   */
  public synchronized void replan(Set<String> webinarIds) throws SchedulerException {
    replanner.replan(webinarIds);
  }

  /** When the next weekly digest is due, as the timer holds it; empty when digests are off. */
  public Optional<Instant> nextDigest() throws SchedulerException {
    return timer.nextDigest();
  }

  /** A digest came due: post that week's digest, then arm the next one. */
  private void digestDue(Instant at) {
    DigestSchedule d = digest.orElseThrow();
    d.fire(at);
    try {
      synchronized (this) {
        d.arm(timer);
      }
    } catch (SchedulerException e) {
      LOG.error("could not arm the next weekly digest; the periodic replan will", e);
    }
  }

  /**
   * The posts the timer holds for a webinar (those within the {@link PlanHorizon}), in time order,
   * for tests and diagnostics.
   */
  public List<PlannedPost> pending(String webinarId) throws SchedulerException {
    return timer.pending(Set.of(webinarId)).stream()
        .flatMap(
            p -> PostKind.parse(p.kind()).map(k -> new PlannedPost(p.at(), webinarId, k)).stream())
        .sorted(Plan.ORDER)
        .toList();
  }

  /**
   * The posts planned for a webinar from now on, within the {@link PlanHorizon} or beyond it, in
   * time order: what it will get if nothing changes. Nothing is written.
   */
  public synchronized List<PlannedPost> planned(String webinarId) {
    return replanner.planOf(Set.of(webinarId), clock.instant()).entries().stream()
        .map(PlanEntry::post)
        .filter(p -> p.webinarId().equals(webinarId))
        .distinct()
        .sorted(Plan.ORDER)
        .toList();
  }

  /** Stops firing and lets the posts being fired finish. Delivery is closed by its owner. */
  @Override
  public void close() {
    timer.close();
  }

  /**
   * Plans the personal reminders of talks someone subscribed to lately, and deletes the
   * subscriptions of talks that ended a week ago.
   */
  public synchronized void planNewSubscriptions() {
    try {
      replanner.replan(audience.newlySubscribed());
      audience.subscriptions().expire(live);
    } catch (SchedulerException | RuntimeException e) {
      LOG.error("planning personal reminders failed; next try in a while", e);
    }
  }

  /**
   * Writes the posts coming within the horizon; one the database refuses is written once it answers
   * again, by the replan that follows.
   */
  private void extendHorizon() {
    try {
      replanAll();
    } catch (Jdbc.StorageFailure e) {
      databaseFailures.replanFailed(e);
    } catch (SchedulerException | RuntimeException e) {
      LOG.error("extending the plan's horizon failed; the next replan does", e);
    }
  }

  private void safeReplanAll() {
    try {
      replanAll();
    } catch (SchedulerException | RuntimeException e) {
      LOG.error("periodic replanning failed; next try in a while", e);
    }
  }
}
