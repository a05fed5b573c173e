package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.quartz.SchedulerException;

/**
 * What the schedule needs of a timer: hold pending posts, the next weekly digest and a few periodic
 * chores, and call back when they are due. Posts due at one instant come back together, in one
 * call, so a burst costs the timer one firing, not one per post. {@link QuartzTimer} is the real
 * one (JDBC job store, clustered on PostgreSQL); tests drive the same schedule with a manual timer
 * that moves a settable clock instead of waiting for the real one.
 *
 * <p>The methods that change or read what is pending may be called before {@link #start}: the
 * schedule writes its plan first and only then lets the timer fire.
 */
public interface PostTimer extends AutoCloseable {
  /** What the schedule does when something is due. */
  interface Firing {
    /**
     * Posts due at {@code at}, all at once; called on the timer's threads, possibly several at a
     * time. Returns once they are claimed and queued, with a future that completes once they are
     * posted (or given up). The timer forgets them when this returns; a replica that dies before
     * that has them fired again elsewhere (the ledger keeps each post single). Throws {@code
     * Jdbc.StorageFailure} when the database failed: the timer then keeps the posts, and the plan
     * made once the database answers has them fired again.
     */
    CompletableFuture<Void> postsDue(Instant at, List<PendingPost> posts);

    /** The weekly digest due at {@code at}; the schedule arms the next one. */
    void digestDue(Instant at);

    /**
     * The plan's horizon is to be extended ({@link PlanHorizon}); the schedule replans and arms the
     * next extension.
     */
    void horizonDue(Instant at);
  }

  /** True when other replicas share what is pending: each due post fires on one of them. */
  boolean shared();

  /** The replicas sharing this timer that are alive now, this one included once started. */
  Set<String> liveInstances();

  /** Every pending post, in no particular order. */
  List<PendingPost> pending() throws SchedulerException;

  /** The pending posts of these webinars. */
  List<PendingPost> pending(Collection<String> webinarIds) throws SchedulerException;

  /** Forgets {@code cancel} and adds {@code add}; either may be empty. */
  void change(Collection<PendingPost> cancel, Collection<PendingPost> add)
      throws SchedulerException;

  /** When the next weekly digest is due; empty when none is armed. */
  Optional<Instant> nextDigest() throws SchedulerException;

  /** Arms the weekly digest for {@code at}, replacing any other. */
  void armDigest(Instant at) throws SchedulerException;

  /** When the plan's horizon is next extended; empty when nothing lies beyond it. */
  Optional<Instant> nextHorizon() throws SchedulerException;

  /** Arms the next extension of the plan's horizon, replacing any other; empty: none. */
  void armHorizon(Optional<Instant> at) throws SchedulerException;

  /** Runs {@code task} every {@code period} on the timer's clock, the first time one period on. */
  void every(Duration period, Runnable task);

  /** Starts calling {@code firing} with what is due, overdue first. */
  void start(Firing firing) throws SchedulerException;

  /** Stops firing; lets what is being fired finish. */
  @Override
  void close();
}
