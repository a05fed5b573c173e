package webinarbot.schedule;

import java.util.concurrent.atomic.AtomicReference;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.content.LoadResult;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Recovery;
import webinarbot.storage.DatabaseWatch;
import webinarbot.storage.Jdbc;

/**
 * What a database failure stopped, finished once the database answers again (a full disk freed,
 * PostgreSQL back): posts it left open in the ledger, a content reload it refused, and posts whose
 * trigger Quartz fired into the failure (the timer reports those to the watch itself). The last are
 * found by making the whole plan again: their pending posts, left without a trigger, are armed
 * again, and a reminder with neither a ledger row nor a pending post is a missed one; either goes
 * out now if it is still within {@code schedule.grace}.
 */
final class DatabaseFailures {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

  /** What the schedule does again: apply the refused reload (null if none), then replan all. */
  @FunctionalInterface
  interface Resync {
    void run(LoadResult unapplied) throws SchedulerException;
  }

  private final DatabaseWatch watch;
  private final Recovery recovery;
  private final boolean alone;
  private final AtomicReference<LoadResult> unapplied = new AtomicReference<>();

  /**
   * @param alone the bot runs alone: every open row is its own to finish
   */
  DatabaseFailures(DatabaseWatch watch, Recovery recovery, boolean alone) {
    this.watch = watch;
    this.recovery = recovery;
    this.alone = alone;
  }

  /** Hears of the failures delivery meets, and starts the watch. */
  void watch(DeliveryService delivery, Resync resync) {
    delivery.onStorageFailure(watch::reportFailure);
    watch.whenBack(() -> afterFailure(resync));
    watch.start();
  }

  /** The database refused a content reload: it is applied again once the database answers. */
  void reloadFailed(LoadResult result, Jdbc.StorageFailure e) {
    LOG.error(
        "the content reload could not be applied: the database failed ({}); it is applied once"
            + " the database answers",
        e.getMessage());
    unapplied.set(result);
    watch.reportFailure(e);
  }

  /** A replan the database refused: the whole plan is made again once it answers. */
  void replanFailed(Jdbc.StorageFailure e) {
    LOG.error(
        "replanning failed: the database failed ({}); the plan is made again once it answers",
        e.getMessage());
    watch.reportFailure(e);
  }

  void reloaded(LoadResult result) {
    unapplied.compareAndSet(result, null);
  }

  private void afterFailure(Resync resync) {
    recovery.resumeStranded(alone);
    try {
      resync.run(unapplied.get());
    } catch (SchedulerException e) {
      throw new IllegalStateException("replanning after the database failure failed", e);
    }
  }
}
