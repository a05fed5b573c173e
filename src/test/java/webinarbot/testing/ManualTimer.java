package webinarbot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import webinarbot.schedule.PendingPost;
import webinarbot.schedule.PostTimer;

/**
 * The schedule's {@link PostTimer} with time moved by hand, in the manner of db-scheduler's {@code
 * ManualScheduler}: {@link Store#runDue} advances a {@link MutableClock} and fires, on the caller's
 * thread, everything that comes due on the way, each at its instant, posts due at one instant in
 * one call, as Quartz fires them. Nothing waits for the real clock.
 *
 * <p>What is pending lives in a {@link Store}, as Quartz's lives in its tables: it outlives a
 * restart (a new timer on the same store), and replicas sharing one store are a cluster. Each due
 * instant fires on one live replica, in turn; a replica that is killed while firing has the same
 * posts fired again on another, as Quartz recovers a dead node's triggers.
 *
 * <p>Periodic chores ({@link #every}) coalesce while time jumps, as the real timer's fixed-delay
 * executor never catches up on runs it missed: between two events (a firing, a change to what is
 * pending, a replica joining, starting or stopping, the start of a move of the clock) a chore runs
 * at its first due instant, which sees what the event did, and at its last due instant before the
 * next event, which sees the clock as late as it gets before anything else happens. The runs in
 * between would have seen the same pending posts and the same database, only a later clock: a week
 * moved in one call runs the 15 s subscription chore a handful of times, not 40,320.
 */
public final class ManualTimer implements PostTimer {
  /** The pending posts, wake-ups and members that a database would hold. */
  public static final class Store {
    private final MutableClock clock;
    private final Set<PendingPost> pending = new LinkedHashSet<>();
    private final List<ManualTimer> members = new ArrayList<>();
    private Optional<Instant> digest = Optional.empty();
    private Optional<Instant> horizon = Optional.empty();
    private Runnable settle = () -> {};
    private java.util.function.Consumer<String> fired = id -> {};
    private int turn;
    private int firings;

    /** Counts events: a chore that ran since the last one would see nothing new but the clock. */
    private long events;

    public Store(MutableClock clock) {
      this.clock = clock;
    }

    /** A timer for one process; {@code shared}: part of a cluster that shares this store. */
    public synchronized ManualTimer join(String instanceId, boolean shared) {
      ManualTimer t = new ManualTimer(this, instanceId, shared);
      members.add(t);
      events++;
      return t;
    }

    /** Runs after every firing, e.g. to let the delivery lanes post what was queued. */
    public synchronized void afterEachFiring(Runnable r) {
      this.settle = r;
    }

    /**
     * Runs right after each replica's firing returns, with its instance id: a test that kills the
     * replica there has the same posts fired again on another, as Quartz recovers them.
     */
    public synchronized void whenFired(java.util.function.Consumer<String> r) {
      this.fired = r;
    }

    /** Fires what is due now. */
    public void runDue() {
      runDue(clock.instant());
    }

    /**
     * Moves the clock to {@code until}, firing on the way everything that comes due, in time order,
     * each with the clock at its instant (or later, if it was overdue).
     */
    public void runDue(Instant until) {
      synchronized (this) {
        // The test may have changed anything since the last move: each chore looks once more.
        events++;
      }
      while (true) {
        Runnable next;
        synchronized (this) {
          next = nextDueBy(until);
        }
        if (next == null) {
          break;
        }
        next.run();
        settle.run();
      }
      if (clock.instant().isBefore(until)) {
        clock.set(until);
      }
    }

    /** Moves the clock by {@code d}, firing what comes due. */
    public void advance(Duration d) {
      runDue(clock.instant().plus(d));
    }

    /** Every pending post, for assertions. */
    public synchronized List<PendingPost> pending() {
      return List.copyOf(pending);
    }

    /** When the plan's horizon is next extended, as the timer holds it. */
    public synchronized Optional<Instant> horizon() {
      return horizon;
    }

    /** How many times posts were handed to a replica: one per due instant. */
    public synchronized int firings() {
      return firings;
    }

    private Runnable nextDueBy(Instant until) {
      Optional<Instant> post = pending.stream().map(PendingPost::at).min(Comparator.naturalOrder());
      Instant quietUntil = until;
      for (Instant event :
          List.of(post, digest, horizon).stream().flatMap(Optional::stream).toList()) {
        quietUntil = event.isBefore(quietUntil) ? event : quietUntil;
      }
      for (ManualTimer m : members) {
        for (Chore c : m.chores) {
          c.skipQuietRuns(events, quietUntil);
        }
      }
      Optional<Chore> chore =
          members.stream()
              .filter(m -> m.live)
              .flatMap(m -> m.chores.stream())
              .min(Comparator.comparing(c -> c.next));
      List<Instant> candidates = new ArrayList<>();
      post.ifPresent(candidates::add);
      digest.ifPresent(candidates::add);
      horizon.ifPresent(candidates::add);
      chore.ifPresent(c -> candidates.add(c.next));
      Instant at = candidates.stream().min(Comparator.naturalOrder()).orElse(null);
      if (at == null || at.isAfter(until)) {
        return null;
      }
      Optional<ManualTimer> firer = nextFirer();
      if (post.isPresent() && post.get().equals(at) && firer.isPresent()) {
        List<PendingPost> due = pending.stream().filter(p -> p.at().equals(at)).toList();
        due.forEach(pending::remove);
        firings++;
        events++;
        return () -> fire(firer.get(), at, () -> firer.get().firing.postsDue(at, due), due);
      }
      if (digest.isPresent() && digest.get().equals(at) && firer.isPresent()) {
        digest = Optional.empty();
        events++;
        return () -> fire(firer.get(), at, () -> firer.get().firing.digestDue(at), List.of());
      }
      if (horizon.isPresent() && horizon.get().equals(at) && firer.isPresent()) {
        horizon = Optional.empty();
        events++;
        return () -> fire(firer.get(), at, () -> firer.get().firing.horizonDue(at), List.of());
      }
      if (chore.isPresent() && chore.get().next.equals(at)) {
        Chore c = chore.get();
        c.next = c.next.plus(c.period);
        c.ranAt = events;
        return () -> {
          moveClockTo(at);
          c.task.run();
        };
      }
      // Due, but no replica is running to fire it: it waits, as in a stopped Quartz.
      return null;
    }

    private void fire(ManualTimer firer, Instant at, Runnable call, List<PendingPost> posts) {
      moveClockTo(at);
      call.run();
      fired.accept(firer.instanceId);
      synchronized (this) {
        // What the firing did (posts, ledger rows, a replica killed on the way) is an event too.
        events++;
        if (!firer.live && !posts.isEmpty()) {
          pending.addAll(posts);
        }
      }
    }

    private void moveClockTo(Instant at) {
      if (clock.instant().isBefore(at)) {
        clock.set(at);
      }
    }

    private Optional<ManualTimer> nextFirer() {
      List<ManualTimer> running = members.stream().filter(m -> m.live && m.firing != null).toList();
      if (running.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(running.get(turn++ % running.size()));
    }
  }

  /** A periodic task of one replica. */
  private static final class Chore {
    final Duration period;
    final Runnable task;
    Instant next;

    /** The store's event count when it last ran; none yet at first. */
    long ranAt = -1;

    Chore(Duration period, Runnable task, Instant next) {
      this.period = period;
      this.task = task;
      this.next = next;
    }

    /**
     * Nothing happened since its last run: moves on to its last due instant by {@code quietUntil}
     * (the next post, wake-up or the end of the move), skipping the runs that would see the same.
     */
    void skipQuietRuns(long events, Instant quietUntil) {
      if (ranAt != events || !next.isBefore(quietUntil)) {
        return;
      }
      long skipped = Duration.between(next, quietUntil).toMillis() / period.toMillis();
      next = next.plus(period.multipliedBy(skipped));
    }
  }

  private final Store store;
  private final String instanceId;
  private final boolean shared;
  private final List<Chore> chores = new ArrayList<>();
  private volatile boolean live = true;
  private volatile Firing firing;

  private ManualTimer(Store store, String instanceId, boolean shared) {
    this.store = store;
    this.instanceId = instanceId;
    this.shared = shared;
  }

  public String instanceId() {
    return instanceId;
  }

  @Override
  public boolean shared() {
    return shared;
  }

  @Override
  public Set<String> liveInstances() {
    synchronized (store) {
      Set<String> ids = new HashSet<>();
      store.members.stream().filter(m -> m.live).forEach(m -> ids.add(m.instanceId));
      return ids;
    }
  }

  @Override
  public List<PendingPost> pending() {
    return store.pending();
  }

  @Override
  public List<PendingPost> pending(Collection<String> webinarIds) {
    return store.pending().stream().filter(p -> webinarIds.contains(p.webinarId())).toList();
  }

  @Override
  public void change(Collection<PendingPost> cancel, Collection<PendingPost> add) {
    synchronized (store) {
      store.pending.removeAll(cancel);
      store.pending.addAll(add);
      store.events++;
    }
  }

  @Override
  public Optional<Instant> nextDigest() {
    synchronized (store) {
      return store.digest;
    }
  }

  @Override
  public void armDigest(Instant at) {
    synchronized (store) {
      store.digest = Optional.of(at);
      store.events++;
    }
  }

  @Override
  public Optional<Instant> nextHorizon() {
    synchronized (store) {
      return store.horizon;
    }
  }

  @Override
  public void armHorizon(Optional<Instant> at) {
    synchronized (store) {
      store.horizon = at;
      store.events++;
    }
  }

  @Override
  public void every(Duration period, Runnable task) {
    synchronized (store) {
      chores.add(new Chore(period, task, store.clock.instant().plus(period)));
    }
  }

  @Override
  public void start(Firing f) {
    synchronized (store) {
      this.firing = f;
      store.events++;
    }
  }

  /** The process stops (or dies): it fires nothing more and drops out of the live replicas. */
  @Override
  public void close() {
    synchronized (store) {
      live = false;
      store.events++;
    }
  }

  /** Pending posts grouped by instant, for assertions about what will fire together. */
  public Map<Instant, List<PendingPost>> byInstant() {
    Map<Instant, List<PendingPost>> out = new LinkedHashMap<>();
    store.pending().stream()
        .sorted(Comparator.comparing(PendingPost::at))
        .forEach(p -> out.computeIfAbsent(p.at(), at -> new ArrayList<>()).add(p));
    return out;
  }
}
