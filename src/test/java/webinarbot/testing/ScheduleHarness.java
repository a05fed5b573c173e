package webinarbot.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.storage.StorageException;

/**
 * The whole schedule on a real database with a real Quartz: start it, stop it, restart it, feed it
 * content loads. Posts go to a {@link RecordingNotifier} whose channel outlives restarts, as a
 * Slack channel outlives the bot. The clock ticks in real time (Quartz fires on real time) and can
 * be shifted.
 */
public final class ScheduleHarness implements AutoCloseable {
  private static final AtomicInteger NAMES = new AtomicInteger();

  public final MutableClock clock = MutableClock.ticking();
  public final RecordingNotifier.Channel channel = new RecordingNotifier.Channel();
  private final Settings.Storage storage;
  private final Settings.Schedule schedule;
  private final String schedulerName = "test-scheduler-" + NAMES.incrementAndGet();
  private List<Webinar> pages = List.of();
  private final List<String> channels;
  private RecordingNotifier notifier;
  private Database db;
  private DeliveryService delivery;
  private ReminderScheduler scheduler;

  public ScheduleHarness(Settings.Storage storage, Settings.Schedule schedule) {
    this(storage, schedule, "C1");
  }

  /** A harness posting to several channels of one Slack-like platform. */
  public ScheduleHarness(Settings.Storage storage, Settings.Schedule schedule, String... channels) {
    this.storage = storage;
    this.schedule = schedule;
    this.channels = List.of(channels);
    this.notifier = newNotifier();
  }

  public ScheduleHarness(TestDatabases.Kind kind) {
    this(kind.fresh(), TestSettings.schedule());
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

  /** Starts the bot with these pages. */
  public ReminderScheduler start(Webinar... webinars) {
    pages = List.of(webinars);
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
      scheduler =
          ReminderScheduler.start(
              db,
              schedule,
              delivery,
              () -> load(pages),
              clock,
              new ReminderScheduler.Options(schedulerName, 4, false, Duration.ZERO));
      return scheduler;
    } catch (StorageException | org.quartz.SchedulerException e) {
      throw new IllegalStateException(e);
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
