package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.storage.Jdbc;

/**
 * What Quartz runs when a trigger fires: a {@link DueTrigger} hands the posts it names to the
 * schedule, all at once, then forgets them; a wake-up trigger (digest, horizon) hands over its
 * instant. One instance serves every trigger (see {@link #factory}).
 */
final class FirePostJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(FirePostJob.class);

  /** How long a worker waits for the posts it fired to be made. */
  static final Duration BACKPRESSURE = Duration.ofSeconds(5);

  private final PendingPostTable posts;
  private final Supplier<PostTimer.Firing> firing;
  private final Consumer<Jdbc.StorageFailure> storageFailures;
  private final CompletableFuture<Void> stopping = new CompletableFuture<>();
  private int running;
  private boolean fired;

  /**
   * @param firing the schedule's callback, set when the timer starts
   * @param storageFailures told when a firing failed on the database: its posts stay pending, and
   *     the plan made once the database answers arms them again (Quartz has used the trigger up)
   */
  FirePostJob(
      PendingPostTable posts,
      Supplier<PostTimer.Firing> firing,
      Consumer<Jdbc.StorageFailure> storageFailures) {
    this.posts = posts;
    this.firing = firing;
    this.storageFailures = storageFailures;
  }

  /**
   * Holds the worker until the posts are made, for a while: a replica whose channels are still
   * posting an earlier part of a burst then has no worker free to take the next part, which goes to
   * a replica that has. Past {@link #BACKPRESSURE} the worker moves on; the posts carry on in their
   * lanes.
   */
  private void awaitSent(CompletableFuture<Void> sent) {
    try {
      CompletableFuture.anyOf(sent, stopping).get(BACKPRESSURE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Slow (rate limited) or failed: the lanes log and record each post's outcome.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands Quartz this one job for every firing, instead of instantiating classes by name. */
  static org.quartz.spi.JobFactory factory(FirePostJob job) {
    return (bundle, scheduler) -> job;
  }

  /** The timer is closing: workers stop waiting for posts (they carry on in their lanes). */
  void stop() {
    stopping.complete(null);
  }

  /** Waits until no firing is running, for at most {@code max}; false if one still is. */
  synchronized boolean awaitIdle(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (running > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Whether any trigger has fired since the timer started. */
  synchronized boolean hasFired() {
    return fired;
  }

  @Override
  public void execute(JobExecutionContext context) {
    synchronized (this) {
      running++;
      fired = true;
    }
    try {
      fire(context);
    } finally {
      synchronized (this) {
        running--;
        notifyAll();
      }
    }
  }

  private void fire(JobExecutionContext context) {
    // A replica died while firing a trigger: Quartz fires a recovery trigger naming the original.
    TriggerKey key =
        context.isRecovering() ? context.getRecoveringTriggerKey() : context.getTrigger().getKey();
    // Never rethrow: Quartz would only log it again. The next plan picks up what is left.
    try {
      Optional<Instant> digestDue = WakeUpTrigger.DIGEST.dueAt(key);
      if (digestDue.isPresent()) {
        firing.get().digestDue(digestDue.get());
        return;
      }
      Optional<Instant> horizonDue = WakeUpTrigger.HORIZON.dueAt(key);
      if (horizonDue.isPresent()) {
        firing.get().horizonDue(horizonDue.get());
        return;
      }
      Optional<DueTrigger> due = DueTrigger.parse(key);
      if (due.isEmpty()) {
        LOG.warn("ignoring trigger {}: not one of this version's", key);
        return;
      }
      List<PendingPost> fired = posts.firedBy(due.get().name());
      CompletableFuture<Void> sent =
          fired.isEmpty()
              ? CompletableFuture.completedFuture(null)
              : firing.get().postsDue(due.get().at(), fired);
      posts.deleteFiredBy(due.get().name());
      awaitSent(sent);
    } catch (Jdbc.StorageFailure e) {
      LOG.error(
          "firing {} failed on the database ({}); its posts are fired once the database answers",
          key.getName(),
          e.getMessage());
      storageFailures.accept(e);
    } catch (RuntimeException e) {
      LOG.error("firing {} failed", key, e);
    }
  }
}
