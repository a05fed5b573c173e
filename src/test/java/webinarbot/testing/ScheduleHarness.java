package webinarbot.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import webinarbot.config.Settings;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.RetryPolicy;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.schedule.KnownWebinars;
import webinarbot.schedule.LiveCatalogue;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.storage.StorageException;

/**
 * The whole schedule on a real database: start it, stop it, restart it, feed it content loads.
 * Posts go to a {@link RecordingNotifier} whose channel outlives restarts, as a Slack channel
 * outlives the bot.
 *
 * <p>By default time is a {@link MutableClock} at {@link #NOW} and the timer is a {@link
 * ManualTimer}: {@link #runDue} and {@link #advance} fire what comes due and wait for the delivery
 * lanes to post it, so tests assert right after, without waiting on the real clock. {@link
 * #onQuartz} runs the real Quartz instead, on the real time, for the few tests of its wiring.
 */
public final class ScheduleHarness implements AutoCloseable {
  /** Where the manual clock starts: a Monday morning, 2026-06-01 10:00 UTC. */
  public static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final AtomicInteger NAMES = new AtomicInteger();

  public final MutableClock clock;
  public final RecordingNotifier.Channel channel = new RecordingNotifier.Channel();
  private final ManualTimer.Store timers;
  private final Settings.Storage storage;
  private final Settings.Schedule schedule;
  private final String schedulerName = "test-scheduler-" + NAMES.incrementAndGet();
  private List<Webinar> pages = List.of();
  private final List<String> channels;
  private RecordingNotifier notifier;
  private Database db;
  private DeliveryService delivery;
  private ReminderScheduler scheduler;

  private ScheduleHarness(
      boolean quartz, Settings.Storage storage, Settings.Schedule schedule, String... channels) {
    this.clock = quartz ? MutableClock.ticking() : new MutableClock(NOW);
    this.timers = quartz ? null : new ManualTimer.Store(clock);
    this.storage = storage;
    this.schedule = schedule;
    this.channels = List.of(channels);
    this.notifier = newNotifier();
    if (timers != null) {
      timers.afterEachFiring(this::settle);
    }
  }

  /** A harness on the manual timer, posting to several channels of one Slack-like platform. */
  public ScheduleHarness(Settings.Storage storage, Settings.Schedule schedule, String... channels) {
    this(false, storage, schedule, channels);
  }

  public ScheduleHarness(Settings.Storage storage, Settings.Schedule schedule) {
    this(storage, schedule, "C1");
  }

  public ScheduleHarness(TestDatabases.Kind kind) {
    this(kind.fresh(), TestSettings.schedule());
  }

  /** The real Quartz (JDBC job store, alone) on the real time, shifted by the clock's moves. */
  public static ScheduleHarness onQuartz(TestDatabases.Kind kind) {
    return onQuartz(kind.fresh(), TestSettings.schedule());
  }

  public static ScheduleHarness onQuartz(Settings.Storage storage, Settings.Schedule schedule) {
    return new ScheduleHarness(true, storage, schedule, "C1");
  }

  public Settings.Storage storage() {
    return storage;
  }

  /** The notifier the next (or current) run posts through; set its faults before starting. */
  public RecordingNotifier notifier() {
    return notifier;
  }

  public ReminderScheduler scheduler() {
    return scheduler;
  }

  /** What the manual timer holds, as Quartz's tables would. */
  public ManualTimer.Store timers() {
    if (timers == null) {
      throw new IllegalStateException("this harness runs the real Quartz");
    }
    return timers;
  }

  /** Starts the bot with these pages. */
  public ReminderScheduler start(Webinar... webinars) {
    pages = List.of(webinars);
    return start(() -> load(pages));
  }

  /** Starts the bot on content read by {@code content}, as a content folder's feed gives it. */
  public ReminderScheduler start(java.util.function.Supplier<LoadResult> content) {
    try {
      db = Database.open(storage, clock);
      delivery =
          new DeliveryService(
              List.of(notifier),
              ledger(),
              RetryPolicy.DEFAULT,
              new RecordingSleeper(clock),
              clock,
              new SimpleMeterRegistry());
      ReminderScheduler.Options options =
          new ReminderScheduler.Options(schedulerName, 4, false, Duration.ZERO);
      scheduler =
          timers == null
              ? ReminderScheduler.start(
                  db, schedule, delivery, content, clock, options, new LiveCatalogue())
              : ReminderScheduler.start(
                  timers.join("test", false),
                  db,
                  schedule,
                  delivery,
                  content,
                  clock,
                  options,
                  new LiveCatalogue(),
                  false);
      return scheduler;
    } catch (StorageException | org.quartz.SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fires what is due now and waits until it is posted. */
  public void runDue() {
    timers().runDue();
    settle();
  }

  /** Moves time by {@code d}, the bot running: what comes due on the way is posted at its time. */
  public void advance(Duration d) {
    timers().advance(d);
    settle();
  }

  /**
   * With the real Quartz: waits until it has fired every post due by now (what it fired is no
   * longer pending) and the lanes have posted them. Only for posts due now or earlier.
   */
  public void awaitFired() {
    org.awaitility.Awaitility.await()
        .atMost(PATIENCE)
        .until(
            () -> {
              Instant now = clock.instant();
              for (Webinar w : pages) {
                if (scheduler.pending(w.id()).stream().anyMatch(p -> !p.at().isAfter(now))) {
                  return false;
                }
              }
              return true;
            });
    settle();
  }

  /** Waits until what this run queued for the platform (notices, edits, posts) is done. */
  public void settle() {
    if (scheduler == null) {
      return;
    }
    try {
      delivery.drained().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("the delivery lanes did not drain in " + PATIENCE, e);
    }
  }

  /** A clean stop, as on SIGTERM; the next {@link #start} is a restart with a fresh notifier. */
  public void stop() {
    if (scheduler != null) {
      scheduler.close();
      delivery.close();
      db.close();
      scheduler = null;
      notifier = newNotifier();
    }
  }

  public ReminderScheduler restart() {
    stop();
    return start(pages.toArray(Webinar[]::new));
  }

  /** A content reload with these pages. */
  public void reload(Webinar... webinars) {
    pages = List.of(webinars);
    apply(load(pages));
  }

  public void apply(LoadResult result) {
    try {
      scheduler.apply(result);
    } catch (org.quartz.SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state a previous run would have left: these pages, first seen at {@code at}. */
  public void previouslySeen(Instant at, Webinar... webinars) {
    try (Database d = Database.open(storage, clock)) {
      KnownWebinars.load(d.dataSource()).remember(List.of(webinars), at);
    } catch (StorageException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The "Remind me" subscriptions in the running bot's database. */
  public webinarbot.delivery.Subscriptions subscriptions() {
    return new webinarbot.delivery.Subscriptions(db.dataSource(), clock);
  }

  public DeliveryLedger ledger() {
    return new DeliveryLedger(db.dataSource(), clock, "test");
  }

  public static LoadResult load(List<Webinar> webinars) {
    return new LoadResult(new Catalogue(webinars), List.of(), webinars.size());
  }

  /**
   * A load of a site that still has its other pages (a section's {@code _index.md}) besides these
   * webinars: removing the last webinar from it is a maintainer's act, not an empty folder.
   */
  public static LoadResult loadInSite(List<Webinar> webinars) {
    return new LoadResult(new Catalogue(webinars), List.of(), webinars.size() + 1);
  }

  /** A load in which {@code broken}'s page has an error, and so is left out. */
  public static LoadResult loadWithBrokenPage(Webinar broken, List<Webinar> others) {
    Diagnostic error =
        new Diagnostic(broken.source(), 2, 9, Diagnostic.Severity.ERROR, "date", "bad date");
    return new LoadResult(
        new Catalogue(new ArrayList<>(others)), List.of(error), others.size() + 1);
  }

  @Override
  public void close() {
    stop();
  }

  private RecordingNotifier newNotifier() {
    return new RecordingNotifier("slack", channels, channel);
  }
}
