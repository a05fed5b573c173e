package webinarbot.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Quartz runs when a trigger fires: a {@link DueTrigger} hands the posts it names to the
 * schedule, all at once, then forgets them; a digest trigger hands over its instant. One instance
 * serves every trigger (see {@link #factory}).
 */
final class FirePostJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(FirePostJob.class);

  private final PendingPostTable posts;
  private final Supplier<PostTimer.Firing> firing;
  private int running;

  /**
   * @param firing the schedule's callback, set when the timer starts
   */
  FirePostJob(PendingPostTable posts, Supplier<PostTimer.Firing> firing) {
    this.posts = posts;
    this.firing = firing;
  }

  /** Hands Quartz this one job for every firing, instead of instantiating classes by name. */
  static org.quartz.spi.JobFactory factory(FirePostJob job) {
    return (bundle, scheduler) -> job;
  }

  /** Waits until no firing is running, for at most {@code max}; false if one still is. */
  synchronized boolean awaitIdle(java.time.Duration max) throws InterruptedException {
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

  @Override
  public void execute(JobExecutionContext context) {
    synchronized (this) {
      running++;
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
      Optional<Instant> digestDue = QuartzTimer.digestDueAt(key);
      if (digestDue.isPresent()) {
        firing.get().digestDue(digestDue.get());
        return;
      }
      Optional<DueTrigger> due = DueTrigger.parse(key);
      if (due.isEmpty()) {
        LOG.warn("ignoring trigger {}: not one of this version's", key);
        return;
      }
      List<PendingPost> fired = posts.firedBy(due.get().name());
      if (!fired.isEmpty()) {
        firing.get().postsDue(due.get().at(), fired);
      }
      posts.deleteFiredBy(due.get().name());
    } catch (RuntimeException e) {
      LOG.error("firing {} failed", key, e);
    }
  }
}
