package webinarbot.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.SchedulerException;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.RetryPolicy;
import webinarbot.domain.Webinar;
import webinarbot.schedule.KnownWebinars;
import webinarbot.schedule.LiveCatalogue;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.storage.StorageException;

/**
 * Several replicas of the bot's schedule on one real PostgreSQL, each with its own connection pool,
 * ledger identity, timer and delivery lanes, as separate processes would have. They post into one
 * {@link RecordingNotifier.Channel}, so a post made twice, by any two replicas, shows up as two
 * messages. Check-ins are every second.
 *
 * <p>By default the replicas share a {@link ManualTimer.Store} and a {@link MutableClock} at {@link
 * ScheduleHarness#NOW}: {@link #runDue} and {@link #advance} fire each due instant on one live
 * replica and wait for every live replica's lanes, so hand-overs are tested without waiting. {@link
 * #onQuartz} runs a real clustered Quartz on the real time instead.
 */
public final class ClusterHarness implements AutoCloseable {
  /** How often the replicas check in here: production uses 5 s. */
  public static final Duration CHECKIN = Duration.ofSeconds(1);

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final AtomicInteger NAMES = new AtomicInteger();

  public final MutableClock clock;
  public final RecordingNotifier.Channel channel = new RecordingNotifier.Channel();
  private final ManualTimer.Store timers;
  private final Settings.Storage storage;
  private final Settings.Schedule schedule;
  private final String schedulerName = "cluster-" + NAMES.incrementAndGet();
  private final List<Node> nodes = new java.util.concurrent.CopyOnWriteArrayList<>();

  private ClusterHarness(boolean quartz, Settings.Schedule schedule) {
    this.clock = quartz ? MutableClock.ticking() : new MutableClock(ScheduleHarness.NOW);
    this.timers = quartz ? null : new ManualTimer.Store(clock);
    this.storage = TestDatabases.postgres();
    this.schedule = schedule;
    if (timers != null) {
      timers.afterEachFiring(this::settle);
    }
  }

  public ClusterHarness(Settings.Schedule schedule) {
    this(false, schedule);
  }

  public ClusterHarness() {
    this(TestSettings.schedule());
  }

  /** Replicas on a real clustered Quartz, firing on the real time. */
  public static ClusterHarness onQuartz() {
    return new ClusterHarness(true, TestSettings.schedule());
  }

  /** What the replicas' manual timers share, as Quartz's tables would. */
  public ManualTimer.Store timers() {
    if (timers == null) {
      throw new IllegalStateException("this harness runs the real Quartz");
    }
    return timers;
  }

  /** Fires what is due now, each instant on one live replica, and waits until it is posted. */
  public void runDue() {
    timers().runDue();
    settle();
  }

  /** Moves time by {@code d}, the replicas running: what comes due is fired and posted. */
  public void advance(Duration d) {
    timers().advance(d);
    settle();
  }

  /**
   * With the real Quartz: waits until the replicas have fired every post of {@code pages} due by
   * now and their lanes have posted them.
   */
  public void awaitFired(Webinar... pages) {
    org.awaitility.Awaitility.await()
        .atMost(PATIENCE)
        .until(
            () -> {
              Instant now = clock.instant();
              ReminderScheduler any =
                  nodes.stream().filter(n -> !n.stopped).findFirst().orElseThrow().scheduler;
              for (Webinar w : pages) {
                if (any.pending(w.id()).stream().anyMatch(p -> !p.at().isAfter(now))) {
                  return false;
                }
              }
              return true;
            });
    settle();
  }

  /** Waits until every live replica's lanes have made what they queued. */
  public void settle() {
    for (Node n : nodes) {
      if (!n.stopped && !n.hanging) {
        try {
          n.delivery.drained().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
          throw new AssertionError(n.id + "'s delivery lanes did not drain in " + PATIENCE, e);
        }
      }
    }
  }

  public Settings.Storage storage() {
    return storage;
  }

  /** One replica: its own database pool, delivery service, notifier and Quartz instance. */
  public final class Node implements AutoCloseable {
    private final String id;
    private final RecordingNotifier notifier;
    private final Database db;
    private final DeliveryService delivery;
    private final ReminderScheduler scheduler;
    private volatile boolean stopped;
    private volatile boolean hanging;

    private Node(String id, List<Webinar> pages) throws StorageException, SchedulerException {
      this.id = id;
      this.notifier = new RecordingNotifier("slack", List.of("C1"), channel);
      this.db = Database.open(storage, clock);
      this.delivery =
          new DeliveryService(
              List.of(notifier),
              new DeliveryLedger(db.dataSource(), clock, id),
              RetryPolicy.DEFAULT,
              new RecordingSleeper(clock),
              clock,
              new SimpleMeterRegistry());
      ReminderScheduler.Options options =
          new ReminderScheduler.Options(schedulerName, 4, true, Duration.ZERO, CHECKIN);
      this.scheduler =
          timers == null
              ? ReminderScheduler.start(
                  db,
                  schedule,
                  delivery,
                  () -> ScheduleHarness.load(pages),
                  clock,
                  options,
                  new LiveCatalogue())
              : ReminderScheduler.start(
                  timers.join(id, true),
                  db,
                  schedule,
                  delivery,
                  () -> ScheduleHarness.load(pages),
                  clock,
                  options,
                  new LiveCatalogue(),
                  false);
    }

    public String id() {
      return id;
    }

    public RecordingNotifier notifier() {
      return notifier;
    }

    public ReminderScheduler scheduler() {
      return scheduler;
    }

    public DeliveryLedger ledger() {
      return delivery.ledger();
    }

    /**
     * From now on its posts hang until it is killed, as behind a platform that stopped answering:
     * what it claims stays in its hands. Settling time no longer waits for its lanes.
     */
    public void hangPosts() {
      hanging = true;
      CountDownLatch never = new CountDownLatch(1);
      notifier.beforeEachSend(
          () -> {
            try {
              never.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new RecordingNotifier.SimulatedCrash();
            }
          });
    }

    /** A content reload on this replica. */
    public void reload(Webinar... pages) {
      try {
        scheduler.apply(ScheduleHarness.load(List.of(pages)));
      } catch (SchedulerException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * The process dies: its database connections are cut, posts in flight are interrupted and
     * queued ones dropped, its timer stops (Quartz without checking out). What it claimed stays
     * open in the ledger under its name; a real Quartz keeps its row until a survivor declares it
     * dead, a manual timer drops it at once.
     */
    public void kill() {
      if (stopped) {
        return;
      }
      stopped = true;
      db.close();
      delivery.close(Duration.ZERO);
      if (timers != null) {
        scheduler.close(); // a manual timer just stops firing, at once
        return;
      }
      // A dead process's threads just vanish. Quartz's shutdown would wait for a worker that
      // retries its completion against the closed pool for ever, so it is left to a daemon thread.
      Thread quartz = new Thread(scheduler::close, "killed-" + id);
      quartz.setDaemon(true);
      quartz.start();
    }

    /** A clean stop, as on SIGTERM. */
    @Override
    public void close() {
      if (stopped) {
        return;
      }
      stopped = true;
      scheduler.close();
      delivery.close();
      db.close();
    }
  }

  /** Starts a replica that reads {@code pages} from its content folder. */
  public Node start(String id, Webinar... pages) {
    try {
      Node n = new Node(id, List.of(pages));
      nodes.add(n);
      return n;
    } catch (StorageException | SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The replica started as {@code id}. */
  public Node node(String id) {
    return nodes.stream().filter(n -> n.id.equals(id)).findFirst().orElseThrow();
  }

  /**
   * The state earlier runs would have left: these pages first seen a month ago, so only their
   * reminders are due, no catch-up announcements.
   */
  public void seenLongAgo(Webinar... pages) {
    try (Database d = Database.open(storage, clock)) {
      KnownWebinars.load(d.dataSource())
          .remember(List.of(pages), clock.instant().minus(Duration.ofDays(30)));
    } catch (StorageException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every replica reloads the same pages at the same moment, as after a shared git pull. */
  public void reloadEverywhere(Webinar... pages) {
    List<Thread> reloads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (Node n : nodes) {
      if (!n.stopped) {
        Thread t = new Thread(() -> n.reload(pages), "reload-" + n.id());
        t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
        reloads.add(t);
      }
    }
    reloads.forEach(Thread::start);
    for (Thread t : reloads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a reload failed", failures.get(0));
    }
  }

  /** "webinar kind" for each message in the shared channel, in posting order. */
  public List<String> posted() {
    return channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind().code())
        .toList();
  }

  @Override
  public void close() {
    nodes.forEach(Node::close);
  }
}
