package webinarbot.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database every second whether it answers, and gets the pool working again when it does
 * not. H2 closes a database for good when a write fails (a full disk: "The database has been closed
 * [90098]"), yet its connections still call themselves valid, so the pool would hand out dead ones
 * forever; the watch sees the failing statement, evicts the pool's connections, and the next
 * connection opens the database again once it can. Whoever lost work to a database failure tells
 * the watch ({@link #reportFailure}) and is called back when the database answers again.
 */
public final class DatabaseWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);
  private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

  /** What the last look found: {@code down} with the reason and since when, or up. */
  public record State(boolean up, String detail, Optional<Instant> downSince) {}

  private final HikariDataSource pool;
  private final Clock clock;
  private final Duration every;
  private final List<Runnable> whenBack = new CopyOnWriteArrayList<>();
  private final AtomicBoolean lostWork = new AtomicBoolean();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "database-watch");
            t.setDaemon(true);
            return t;
          });
  private volatile State state = new State(true, "not asked yet", Optional.empty());
  private volatile boolean started;

  /** While the same work keeps failing, it is redone less and less often, up to every 30 s. */
  private Duration backoff;

  private long notBeforeNanos = System.nanoTime();

  DatabaseWatch(HikariDataSource pool, Clock clock, Duration every) {
    this.pool = pool;
    this.clock = clock;
    this.every = every;
    this.backoff = every;
  }

  /** Starts looking, once; until then {@link #state} is whatever the last look found. */
  public synchronized DatabaseWatch start() {
    if (!started) {
      started = true;
      long ms = every.toMillis();
      // look() catches what it throws: a periodic task that threw would never run again.
      var unused = thread.scheduleWithFixedDelay(this::look, ms, ms, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  public State state() {
    return state;
  }

  /** Called (on the watch's thread) each time the database answers after a failure. */
  public void whenBack(Runnable action) {
    whenBack.add(action);
  }

  /**
   * Work was lost to a database failure (a claim, a confirmation, a reload): the {@link #whenBack}
   * actions run at the next look that finds the database answering, even if it never stopped
   * answering reads (a full disk on PostgreSQL fails writes only). While they keep failing they run
   * again after 1, 2, 4 … up to 30 s, not at every look.
   */
  public void reportFailure(RuntimeException e) {
    if (!lostWork.getAndSet(true)) {
      LOG.warn(
          "a database call failed ({}); retrying what it stopped once the database answers",
          e.getMessage());
    }
  }

  /** One look: a statement through the pool, as the bot's own calls make them. */
  void look() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      s.execute("SELECT 1");
    } catch (SQLException | RuntimeException e) {
      down(e);
      return;
    }
    boolean wasDown = !state.up();
    state = new State(true, "answers", Optional.empty());
    if (wasDown) {
      LOG.info("the database answers again; finishing what its failure stopped");
    } else if (!lostWork.get()) {
      backoff = every; // quiet again: the next failure is retried at once
      return;
    }
    long now = System.nanoTime();
    if (!wasDown && now - notBeforeNanos < 0) {
      return;
    }
    lostWork.set(false);
    for (Runnable r : whenBack) {
      try {
        r.run();
      } catch (RuntimeException e) {
        // Still failing: a later look tries again.
        LOG.warn("finishing the work the database failure stopped failed; retrying", e);
        lostWork.set(true);
      }
    }
    notBeforeNanos = now + backoff.toNanos();
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : doubled;
  }

  private void down(Exception e) {
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    if (state.up()) {
      LOG.error(
          "the database does not answer: {}; asking again every {} s", reason, every.toSeconds());
      state = new State(false, reason, Optional.of(clock.instant()));
    } else {
      state = new State(false, reason, state.downSince());
    }
    // Connections of a database H2 has closed never work again: new ones reopen it.
    pool.getHikariPoolMXBean().softEvictConnections();
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
