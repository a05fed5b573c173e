package webinarbot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.config.Settings;
import webinarbot.content.LoadResult;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.delivery.Recovery;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.storage.Jdbc;

/**
 * The running schedule: the live catalogue, the Quartz triggers that match its plan, and the
 * reconciliation that turns each content reload into notices and replanned triggers.
 *
 * <p>Start-up order matters: deliveries the last run left open are finished first, then the content
 * is diffed against what was known (edits made while the bot was down are noticed), the whole plan
 * is written to Quartz (missed posts within grace go out now, older ones are skipped with their
 * reason), and only then does Quartz start firing.
 */
public final class ReminderScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

  /**
   * @param schedulerName Quartz's instance name; replicas sharing one database use the same
   * @param threads Quartz workers
   * @param clustered several replicas on one PostgreSQL
   * @param resyncEvery how often the whole plan is checked against Quartz, as a safety net (zero:
   *     never)
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

  private static final int FULL_REPLAN_ABOVE = 100;

  private final Scheduler scheduler;
  private final TriggerStore triggers;
  private final ReminderPlanner planner;
  private final KnownWebinars known;
  private final LiveCatalogue live;
  private final ContentReconciler reconciler;
  private final DeliveryService delivery;
  private final Clock clock;
  private final ScheduledExecutorService resync;
  private final String instanceId;
  private final Options options;
  private final Recovery recovery;
  private final OrphanedDeliveries orphans;
  private final Optional<DigestSchedule> digest;
  private final DatabaseFailures databaseFailures;

  private ReminderScheduler(Parts p) throws SchedulerException {
    this.known = p.known;
    this.live = p.live;
    this.planner = p.planner;
    this.delivery = p.delivery;
    this.clock = p.clock;
    this.options = p.options;
    this.instanceId = p.delivery.ledger().owner();
    this.reconciler =
        new ContentReconciler(
            known, live, new ChangeNotices(delivery), clock, new ContentOutage(p.removals));
    PostFiring firing =
        new PostFiring(live, known, planner, delivery, clock, p.options.clustered());
    this.digest =
        p.schedule
            .digest()
            .map(
                when ->
                    new DigestSchedule(
                        new WeeklyDigest(when, p.schedule.timezone()),
                        p.schedule.grace(),
                        live,
                        delivery,
                        clock));
    // Open rows are shown as the last version their run knew (the page may be gone since).
    this.recovery =
        new Recovery(
            delivery,
            id -> known.lastVersion(id).or(() -> live.get().find(id)),
            week -> digest.flatMap(d -> d.rebuild(week)));
    this.databaseFailures = new DatabaseFailures(p.db.watch(), recovery, !p.options.clustered());
    this.scheduler =
        QuartzFactory.create(
            p.db,
            FirePostJob.factory(
                new FirePostJob(firing, this::digestDue, databaseFailures::firingFailed)),
            new QuartzFactory.Options(
                p.options.schedulerName(),
                instanceId,
                p.options.threads(),
                p.options.clustered(),
                p.options.checkinInterval()));
    this.triggers =
        new TriggerStore(
            scheduler,
            new QuartzBulkInsert(
                p.db.dataSource(), p.options.schedulerName(), p.options.clustered()));
    this.orphans =
        new OrphanedDeliveries(
            p.db.dataSource(),
            p.options.schedulerName(),
            recovery,
            delivery.ledger(),
            clock,
            p.options.checkinInterval().multipliedBy(2));
    this.resync =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "schedule-resync");
              t.setDaemon(true);
              return t;
            });
  }

  private record Parts(
      Database db,
      Settings.Schedule schedule,
      KnownWebinars known,
      LiveCatalogue live,
      ReminderPlanner planner,
      DeliveryService delivery,
      Clock clock,
      Options options,
      ContentOutage.Removals removals) {}

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
    ReminderScheduler s =
        new ReminderScheduler(
            new Parts(
                db,
                schedule,
                KnownWebinars.load(db.dataSource()),
                live,
                new ReminderPlanner(schedule),
                delivery,
                clock,
                options,
                acceptMassRemoval
                    ? ContentOutage.Removals.ACCEPTED
                    : ContentOutage.Removals.GUARDED));
    // Whatever a database failure stops (a claim, a confirmation, a reload) is finished once the
    // database answers again, within schedule.grace of its time.
    s.databaseFailures.watch(
        delivery,
        unapplied -> {
          if (unapplied != null) {
            s.apply(unapplied);
          }
          s.replanAll();
        });
    // Alone, open rows come first, before this run claims anything: they are the last run's
    // unfinished business. In a cluster they may be a live replica's work in progress: they are
    // taken over only once Quartz has declared their owner dead (see OrphanedDeliveries).
    if (!options.clustered()) {
      s.recovery.resumeAll();
    }
    s.reconciler.apply(content.get());
    s.replanAll();
    s.scheduler.start();
    if (!options.resyncEvery().isZero()) {
      long every = options.resyncEvery().toMillis();
      s.resync.scheduleWithFixedDelay(s::safeReplanAll, every, every, TimeUnit.MILLISECONDS);
    }
    if (options.clustered()) {
      long every = options.checkinInterval().toMillis();
      s.resync.scheduleWithFixedDelay(s.orphans::safeSweep, every, every, TimeUnit.MILLISECONDS);
    }
    LOG.info("schedule started: {} webinars, {} targets", s.live.get().size(), delivery.targets());
    return s;
  }

  /** This replica's id: Quartz's instance id and the owner of the ledger rows it claims. */
  public String instanceId() {
    return instanceId;
  }

  /** Shares reminders with other replicas on the same database. */
  public boolean clustered() {
    return options.clustered();
  }

  /**
   * The replicas that checked in with Quartz lately, this one included; just this one when not
   * clustered.
   */
  public java.util.Set<String> liveReplicas() {
    return options.clustered() ? orphans.liveInstances() : java.util.Set.of(instanceId);
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
   * Applies a content reload: notices, edits, and the affected webinars' triggers. A reload the
   * database fails to take is applied again once it answers.
   */
  public synchronized void apply(LoadResult result) throws SchedulerException {
    try {
      replan(reconciler.apply(result));
      databaseFailures.reloaded(result);
    } catch (Jdbc.StorageFailure e) {
      databaseFailures.reloadFailed(result, e);
    }
  }

  /** Plans every webinar and makes Quartz's triggers match. */
  public synchronized Plan replanAll() throws SchedulerException {
    long t0 = System.nanoTime();
    Plan plan =
        planner.plan(
            live.get(),
            known.firstSeen(),
            DeliveryHistory.of(delivery.ledger().all()),
            delivery.targets(),
            clock.instant());
    recordSkips(plan);
    long t1 = System.nanoTime();
    int[] counts = triggers.syncAll(plan);
    if (digest.isPresent()) {
      digest.get().arm(scheduler, TriggerStore.JOB);
    }
    LOG.info(
        "planned {} posts in {} ms: {} triggers added, {} removed in {} ms; {} skipped",
        plan.entries().size(),
        (t1 - t0) / 1_000_000,
        counts[0],
        counts[1],
        (System.nanoTime() - t1) / 1_000_000,
        plan.skipped().size());
    return plan;
  }

  /**
   * Plans some webinars again and makes their triggers match; past a hundred, everything is
   * replanned at once, which is cheaper than that many small plans.
   */
  public synchronized void replan(Set<String> webinarIds) throws SchedulerException {
    if (webinarIds.isEmpty()) {
      return;
    }
    if (webinarIds.size() > FULL_REPLAN_ABOVE) {
      replanAll();
      return;
    }
    Instant now = clock.instant();
    Map<String, Instant> firstSeen = new HashMap<>();
    List<Webinar> webinars = new ArrayList<>();
    List<LedgerEntry> history = new ArrayList<>();
    for (String id : webinarIds) {
      live.get().find(id).ifPresent(webinars::add);
      known.get(id).ifPresent(k -> firstSeen.put(id, k.firstSeen()));
      history.addAll(delivery.ledger().forWebinar(id));
    }
    Plan plan =
        planner.plan(
            new Catalogue(webinars),
            firstSeen,
            DeliveryHistory.of(history),
            delivery.targets(),
            now);
    recordSkips(plan);
    triggers.sync(webinarIds, plan);
  }

  /** When the next weekly digest is due, as Quartz holds it; empty when digests are off. */
  public Optional<Instant> nextDigest() throws SchedulerException {
    return scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(DigestSchedule.GROUP)).stream()
        .map(DigestSchedule::dueAt)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /** A digest trigger fired: post that week's digest, then arm the next one. */
  private void digestDue(Instant at) {
    DigestSchedule d = digest.orElseThrow();
    d.fire(at);
    try {
      synchronized (this) {
        d.arm(scheduler, TriggerStore.JOB);
      }
    } catch (SchedulerException e) {
      LOG.error("could not arm the next weekly digest; the periodic replan will", e);
    }
  }

  /** The posts pending in Quartz for a webinar, in time order, for tests and diagnostics. */
  public List<PlannedPost> pending(String webinarId) throws SchedulerException {
    return triggers.pending(webinarId);
  }

  /** Stops firing and lets the jobs that are running finish. Delivery is closed by its owner. */
  @Override
  public void close() {
    resync.shutdownNow();
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      LOG.warn("Quartz did not shut down cleanly", e);
    }
  }

  private void recordSkips(Plan plan) {
    for (Plan.Skip skip : plan.skipped()) {
      live.get()
          .find(skip.post().webinarId())
          .ifPresent(
              w ->
                  delivery.skip(
                      new Delivery(
                          new Post.About(skip.post().kind(), w),
                          skip.revision(),
                          skip.post().at(),
                          Optional.empty()),
                      skip.targets(),
                      skip.reason()));
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
