package webinarbot.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.SchedulerException;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.RetryPolicy;
import webinarbot.domain.Webinar;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.storage.StorageException;

/**
 * Several replicas of the bot's schedule on one real PostgreSQL, each with its own connection pool,
 * ledger identity, Quartz instance and delivery lanes, as separate processes would have. They post
 * into one {@link RecordingNotifier.Channel}, so a post made twice, by any two replicas, shows up
 * as two messages. Check-ins are every second, so a dead replica's work moves in about ten.
 */
public final class ClusterHarness implements AutoCloseable {
  /** How often the replicas check in here: production uses 5 s. */
  public static final Duration CHECKIN = Duration.ofSeconds(1);

  private static final AtomicInteger NAMES = new AtomicInteger();

  public final MutableClock clock = MutableClock.ticking();
  public final RecordingNotifier.Channel channel = new RecordingNotifier.Channel();
  private final Settings.Storage storage;
  private final Settings.Schedule schedule;
  private final String schedulerName = "cluster-" + NAMES.incrementAndGet();
  private final List<Node> nodes = new ArrayList<>();

  public ClusterHarness(Settings.Schedule schedule) {
    this.storage = TestDatabases.postgres();
    this.schedule = schedule;
  }

  public ClusterHarness() {
    this(TestSettings.schedule());
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
    private boolean stopped;

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
      this.scheduler =
          ReminderScheduler.start(
              db,
              schedule,
              delivery,
              () -> ScheduleHarness.load(pages),
              clock,
              new ReminderScheduler.Options(schedulerName, 4, true, Duration.ZERO, CHECKIN));
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
     * queued ones dropped, Quartz stops without checking out. What it claimed stays open in the
     * ledger under its name, and its Quartz row stays until a survivor declares it dead.
     */
    public void kill() {
      if (stopped) {
        return;
      }
      stopped = true;
      db.close();
      delivery.close(Duration.ZERO);
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
