package webinarbot.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * Posts through every configured {@link Notifier}, exactly once per ledger key: claims each
 * delivery in the ledger, hands it to the target's own lane, and confirms it there. Callers get a
 * future per target and may wait (announce) or not (scheduled reminders).
 */
public final class DeliveryService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

  /** What the tasks share. */
  record Parts(
      DeliveryLedger ledger,
      RetryLoop retries,
      Clock clock,
      DeliveryMetrics metrics,
      BooleanSupplier stopping,
      Consumer<RuntimeException> storageFailures) {}

  /** How to treat a delivery the ledger already has. */
  public enum Claim {
    /** Scheduled posts: any existing row means it is done or being done. */
    ONCE,
    /** Explicit requests (announce): a failed or skipped delivery is tried again. */
    RETRY_CLOSED
  }

  /** Direct-message lanes per platform: posts to several users at once. */
  static final int DIRECT_LANES = 8;

  private final Map<Target, Notifier> notifiers = new LinkedHashMap<>();
  private final Parts parts;
  private final TargetLanes lanes;
  private final Sleeper sleeper;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** Deliveries queued or running in a lane: a resume must not queue them a second time. */
  private final Set<DeliveryKey> inLanes = ConcurrentHashMap.newKeySet();

  private final Map<String, Notifier> byPlatform = new LinkedHashMap<>();
  private volatile Consumer<RuntimeException> storageFailures = e -> {};
  private volatile Interest interest = Interest.NONE;

  public DeliveryService(
      List<Notifier> notifierList,
      DeliveryLedger ledger,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock,
      MeterRegistry meters) {
    for (Notifier n : notifierList) {
      byPlatform.putIfAbsent(n.platform(), n);
      for (Target t : n.targets()) {
        if (notifiers.putIfAbsent(t, n) != null) {
          throw new IllegalArgumentException("two notifiers post to " + t);
        }
      }
    }
    this.sleeper = sleeper;
    this.parts =
        new Parts(
            ledger,
            new RetryLoop(policy, sleeper, clock, stopping::get),
            clock,
            new DeliveryMetrics(meters),
            stopping::get,
            e -> storageFailures.accept(e));
    // Direct messages of a platform have lanes of their own, a few side by side: the channels'
    // lanes never wait behind thousands of DMs, and a fan-out is not held to one request's round
    // trip at a time (the rate limits, not the round trips, should set its pace).
    List<Target> all = new java.util.ArrayList<>(notifiers.keySet());
    for (String p : byPlatform.keySet()) {
      for (int i = 0; i < DIRECT_LANES; i++) {
        all.add(directLane(p, i));
      }
    }
    this.lanes = new TargetLanes(all);
  }

  /** Every channel posts go to, in configuration order. */
  public List<Target> targets() {
    return List.copyOf(notifiers.keySet());
  }

  public DeliveryLedger ledger() {
    return parts.ledger();
  }

  /**
   * Claims {@code d} on each target and queues the post. A target the ledger already has answers
   * {@link DeliveryOutcome.Already} at once.
   */
  public Map<Target, CompletableFuture<DeliveryOutcome>> deliver(
      Delivery d, Collection<Target> targets, Claim claim) {
    Map<Target, CompletableFuture<DeliveryOutcome>> out = new LinkedHashMap<>();
    for (Target t : targets) {
      Notifier n = notifierFor(t);
      boolean mine =
          parts.ledger().claim(d, t)
              || (claim == Claim.RETRY_CLOSED && parts.ledger().reclaim(d, t));
      if (!mine) {
        DeliveryStatus status =
            parts.ledger().find(d.key(t)).map(LedgerEntry::status).orElse(DeliveryStatus.PENDING);
        out.put(t, CompletableFuture.completedFuture(new DeliveryOutcome.Already(t, status)));
        continue;
      }
      out.put(t, submit(d.key(t), () -> new SendTask(parts, n, t, d, false).run()));
    }
    return out;
  }

  /**
   * Who hears of a post the database failure left open in the ledger, to have it resumed ({@link
   * Recovery#resumeStranded}) once the database answers.
   */
  public void onStorageFailure(Consumer<RuntimeException> listener) {
    this.storageFailures = listener;
  }

  /** True while the delivery is queued or being made here. */
  boolean inLanes(DeliveryKey key) {
    return inLanes.contains(key);
  }

  private CompletableFuture<DeliveryOutcome> submit(
      DeliveryKey key, Supplier<DeliveryOutcome> task) {
    inLanes.add(key);
    try {
      // Whoever waits for the outcome sees the key out of the lanes already.
      return lanes
          .submit(laneOf(key.target()), task)
          .whenComplete((outcome, error) -> inLanes.remove(key));
    } catch (RuntimeException e) {
      inLanes.remove(key);
      throw e;
    }
  }

  /**
   * Records deliveries that will not be made (a reminder missed beyond the grace period, one
   * superseded by a catch-up announcement) so they are logged once and never planned again.
   */
  public void skip(Delivery d, Collection<Target> targets, String reason) {
    for (Target t : targets) {
      if (parts.ledger().recordSkipped(d, t, reason)) {
        parts.metrics().outcome(t, d.post().kind().code(), "skipped");
        LOG.warn("skipped {} about {} on {}: {}", d.post().kind(), d.webinarId(), t, reason);
      }
    }
  }

  /**
   * Edits every message posted about {@code current} (announcements and reminders) that shows an
   * older revision of it. Update notices, cancellations and follow-ups describe a moment and stay.
   * Each edit is claimed in the ledger first, so replicas that noticed the same change edit each
   * message once between them.
   */
  public List<CompletableFuture<Boolean>> editPosted(Webinar current) {
    List<CompletableFuture<Boolean>> edits = new java.util.ArrayList<>();
    for (LedgerEntry e : parts.ledger().forWebinar(current.id())) {
      // A series' post shows one occurrence: it is compared with that one, and a post about an
      // occurrence that is over stays as it was (an edit moves future occurrences only).
      Webinar shown =
          Revisions.subject(current, e.key().kind(), e.key().revision(), e.scheduledAt());
      boolean past = current.series().isPresent() && shown.time().isOver(parts.clock().instant());
      boolean stale =
          e.status() == DeliveryStatus.SENT
              && e.messageId().isPresent()
              && isEditable(e.key().kind())
              && !past
              && !e.contentRevision().equals(shown.revision())
              && notifiers.containsKey(e.key().target());
      if (stale && parts.ledger().claimEdit(e.key(), shown.revision())) {
        Target t = e.key().target();
        edits.add(
            lanes.submit(
                t,
                () ->
                    new EditTask(parts, notifierFor(t), e, current, () -> interestIn(e, current))
                        .run()));
      }
    }
    return edits;
  }

  /** Where the number on announcements comes from ("3 people want a reminder"). */
  public void countInterest(Interest source) {
    this.interest = source;
  }

  /**
   * Edits one posted announcement to show that {@code people} want a reminder, through the same
   * lane and edit task as a page edit (so it also shows the current page).
   */
  CompletableFuture<Boolean> editInterest(LedgerEntry posted, Webinar current, int people) {
    Target t = posted.key().target();
    return lanes.submit(
        t, () -> new EditTask(parts, notifierFor(t), posted, current, () -> people).run());
  }

  /** The number an edited announcement shows; other posts show none. */
  private int interestIn(LedgerEntry e, Webinar current) {
    return e.key().kind().equals(PostKind.ANNOUNCEMENT) ? interest.count(current.id()) : 0;
  }

  /** Targets where something about the webinar was posted or is being posted. */
  public List<Target> announcedTargets(String webinarId) {
    return parts.ledger().forWebinar(webinarId).stream()
        .filter(e -> e.status().countsAsPosted())
        .map(e -> e.key().target())
        .filter(notifiers::containsKey)
        .distinct()
        .toList();
  }

  /**
   * Completes once every post and edit queued so far has been made (or given up): for tests and
   * benchmarks that move a manual clock and must not move it under a post still in its queue.
   */
  public CompletableFuture<Void> drained() {
    return lanes.drained();
  }

  /** Queues an open ledger row found at start-up (see {@link Recovery}). */
  CompletableFuture<DeliveryOutcome> resume(LedgerEntry open, Delivery d) {
    Target t = open.key().target();
    boolean mayHaveBeenSent = open.status() == DeliveryStatus.SENDING;
    return submit(
        open.key(), () -> new SendTask(parts, notifierFor(t), t, d, mayHaveBeenSent).run());
  }

  /** True for a configured channel, and for a direct message on a platform that is on. */
  public boolean posts(Target t) {
    return notifiers.containsKey(t)
        || (Subscriber.userOf(t).isPresent() && byPlatform.containsKey(t.platform()));
  }

  /**
   * Where a post to {@code t} waits its turn: its channel's lane, or one of its platform's DM
   * lanes, always the same one for a user.
   */
  private static Target laneOf(Target t) {
    Optional<String> user = Subscriber.userOf(t);
    return user.isPresent()
        ? directLane(t.platform(), Math.floorMod(user.get().hashCode(), DIRECT_LANES))
        : t;
  }

  /** A DM lane's name: no user id starts with "#". */
  private static Target directLane(String platform, int lane) {
    return new Target(platform, Subscriber.DIRECT + "#" + lane);
  }

  /**
   * Stops taking work; posts in flight finish, waits for retries end early, and whatever is still
   * queued stays open in the ledger for the next start.
   */
  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  public void close(Duration grace) {
    stopping.set(true);
    sleeper.stop();
    try {
      if (!lanes.shutdown(grace)) {
        LOG.warn("some posts were still in flight after {}; they resume on the next start", grace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isEditable(PostKind kind) {
    return kind.type().is(PostKind.Use.EDITED_IN_PLACE);
  }

  private Notifier notifierFor(Target t) {
    Notifier n = Subscriber.userOf(t).isPresent() ? byPlatform.get(t.platform()) : notifiers.get(t);
    if (n == null) {
      throw new IllegalArgumentException("no notifier posts to " + t);
    }
    return n;
  }
}
