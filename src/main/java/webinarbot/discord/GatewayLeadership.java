package webinarbot.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.storage.LeaderLock;

/**
 * Keeps the Discord gateway session on exactly one replica: the one holding the gateway's {@link
 * LeaderLock}. Every replica polls; a standby that gets the lock opens a session (which answers
 * slash commands and syncs scheduled events), and the holder checks on each poll that its lock
 * connection still holds the lock. If it does not (the database dropped the session, the network
 * went away), the holder closes its gateway connection at once.
 *
 * <p>A new holder connects only {@link #SETTLE_POLLS} polls after it got the lock, checking it
 * still holds it: by then a holder that lost the lock without dying (cut off from the database) has
 * noticed on its own poll and closed its session, so two sessions do not overlap.
 */
final class GatewayLeadership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayLeadership.class);

  private final LeaderLock lock;
  private final Supplier<DiscordSession> open;
  private final Consumer<DiscordSession> opened;
  private final Consumer<DiscordSession> closed;
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "discord-gateway-lock");
            t.setDaemon(true);
            return t;
          });

  /** Polls between getting the lock and connecting. */
  static final int SETTLE_POLLS = 2;

  private volatile DiscordSession session;
  private int heldPolls;

  /**
   * @param opened told of each session this replica opens, on the polling thread
   * @param closed told when this replica closes its session
   */
  GatewayLeadership(
      LeaderLock lock,
      Supplier<DiscordSession> open,
      Consumer<DiscordSession> opened,
      Consumer<DiscordSession> closed) {
    this.lock = lock;
    this.open = open;
    this.opened = opened;
    this.closed = closed;
  }

  /** Starts polling now and then every {@code every}. */
  GatewayLeadership start(Duration every) {
    poller.scheduleWithFixedDelay(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  boolean isLeader() {
    return session != null;
  }

  private void poll() {
    try {
      if (session == null) {
        waitForTheLock();
      } else if (!lock.stillHeld()) {
        DiscordSession s = session;
        session = null;
        heldPolls = 0;
        s.abort();
        closed.accept(s);
        LOG.error("lost the Discord gateway lock: gateway connection closed; now on standby");
      }
    } catch (RuntimeException e) {
      LOG.error("Discord gateway leadership check failed; next try in a moment", e);
    }
  }

  private void waitForTheLock() {
    if (!lock.tryAcquire()) {
      heldPolls = 0;
      return;
    }
    if (heldPolls++ == 0) {
      LOG.info("this replica got the Discord gateway lock; connecting in a moment");
    }
    if (heldPolls > SETTLE_POLLS) {
      LOG.info("this replica now holds the Discord gateway; connecting");
      DiscordSession s = open.get();
      session = s;
      opened.accept(s);
    }
  }

  /** Stops polling, closes the session if this replica holds it, and releases the lock. */
  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    DiscordSession s = session;
    session = null;
    if (s != null) {
      s.close();
      closed.accept(s);
    }
    lock.close();
  }
}
