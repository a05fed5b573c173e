package webinarbot.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Discord gateway session on exactly one replica: the one holding the {@link
 * GatewayClaim} (in a cluster, a database lock). Every replica polls; a standby that gets the lock
 * opens a session (which answers slash commands and syncs scheduled events), and the holder checks
 * on each poll that its lock connection still holds the lock. If it does not (the database dropped
 * the session, the network went away), the holder closes its gateway connection at once.
 *
 * <p>A new holder connects only {@link #SETTLE_POLLS} polls after it got the lock, checking it
 * still holds it: by then a holder that lost the lock without dying (cut off from the database) has
 * noticed on its own poll and closed its session, so two sessions do not overlap.
 *
 * <p>Discord refusing the connection (down, unreachable, token rejected) never stops the bot: the
 * holder tries again with back-off, one log line per try, and everything else keeps running.
 */
final class GatewayLeadership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayLeadership.class);

  private final GatewayClaim lock;
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

  /** Polls between getting the lock and connecting, in a cluster. */
  static final int SETTLE_POLLS = 2;

  /** After failed connection attempts, polls are skipped: 1, 2, 4 … up to this many. */
  private static final int MAX_SKIPPED_POLLS = 32;

  private final int settlePolls;
  private Duration every = Duration.ZERO;
  private volatile DiscordSession session;
  private int heldPolls;
  private int failedOpens;
  private int pollsToSkip;

  /**
   * @param settlePolls polls to wait between getting the claim and connecting
   * @param opened told of each session this replica opens, on the polling thread
   * @param closed told when this replica closes its session
   */
  GatewayLeadership(
      GatewayClaim lock,
      int settlePolls,
      Supplier<DiscordSession> open,
      Consumer<DiscordSession> opened,
      Consumer<DiscordSession> closed) {
    this.lock = lock;
    this.settlePolls = settlePolls;
    this.open = open;
    this.opened = opened;
    this.closed = closed;
  }

  /** Starts polling now and then every {@code every}. */
  GatewayLeadership start(Duration every) {
    this.every = every;
    // poll() catches what it throws: a periodic task that threw would never run again.
    var unused =
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
    if (heldPolls++ == 0 && settlePolls > 0) {
      LOG.info("this replica got the Discord gateway lock; connecting in a moment");
    }
    if (heldPolls > settlePolls && pollsToSkip-- <= 0) {
      connect();
    }
  }

  private void connect() {
    if (failedOpens == 0) {
      LOG.info("Discord: connecting the gateway session");
    }
    DiscordSession s;
    try {
      s = open.get();
    } catch (RuntimeException e) {
      failedOpens++;
      pollsToSkip = Math.min(MAX_SKIPPED_POLLS, 1 << Math.min(failedOpens - 1, 5));
      LOG.error(
          "Discord: could not connect ({}); trying again in {} s",
          describe(e),
          every.multipliedBy(pollsToSkip + 1L).toSeconds());
      return;
    }
    failedOpens = 0;
    pollsToSkip = 0;
    session = s;
    opened.accept(s);
  }

  /** JDA's exceptions name the failure and never the token; the cause says why a request failed. */
  private static String describe(RuntimeException e) {
    String what = e.getClass().getSimpleName() + ": " + e.getMessage();
    Throwable cause = e.getCause();
    return cause == null ? what : what + ", caused by " + cause;
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
