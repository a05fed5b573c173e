package webinarbot.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Plans webinars again and makes the timer's pending posts match: a post is identified by what it
 * posts ({@link PendingPost}), so comparing sets is the whole diff, without reading anything else
 * back. Posts the plan skips (missed beyond grace) are recorded in the ledger with their reason.
 */
final class Replanner {
  private static final Logger LOG = LoggerFactory.getLogger(Replanner.class);

  /** Past this many webinars at once, replanning everything is cheaper than that many plans. */
  private static final int FULL_REPLAN_ABOVE = 100;

  private final PostTimer timer;
  private final ReminderPlanner planner;
  private final KnownWebinars known;
  private final LiveCatalogue live;
  private final DeliveryService delivery;
  private final SubscriberAudience audience;
  private final Clock clock;

  Replanner(
      PostTimer timer,
      ReminderPlanner planner,
      KnownWebinars known,
      LiveCatalogue live,
      DeliveryService delivery,
      SubscriberAudience audience,
      Clock clock) {
    this.audience = audience;
    this.timer = timer;
    this.planner = planner;
    this.known = known;
    this.live = live;
    this.delivery = delivery;
    this.clock = clock;
  }

  /**
   * Plans every webinar, makes the pending posts within the horizon match and arms the horizon's
   * next extension.
   */
  Plan replanAll() throws SchedulerException {
    long t0 = System.nanoTime();
    Instant now = clock.instant();
    Plan plan =
        planner.plan(
            live.get(),
            known.firstSeen(),
            DeliveryHistory.of(delivery.ledger().all()),
            delivery.targets(),
            audience.all(),
            now);
    recordSkips(plan);
    long t1 = System.nanoTime();
    List<PlanEntry> held = PlanHorizon.within(plan.entries(), now);
    int[] counts = sync(timer.pending(), held);
    Optional<Instant> next = PlanHorizon.nextExtension(plan.entries(), now);
    if (!timer.nextHorizon().equals(next)) {
      timer.armHorizon(next);
    }
    LOG.info(
        "planned {} posts in {} ms, {} of them within {} h: {} added, {} removed in {} ms; {}"
            + " skipped",
        plan.entries().size(),
        (t1 - t0) / 1_000_000,
        held.size(),
        PlanHorizon.AHEAD.toHours(),
        counts[0],
        counts[1],
        (System.nanoTime() - t1) / 1_000_000,
        plan.skipped().size());
    return plan;
  }

  /** Plans some webinars again and makes their pending posts match. */
  void replan(Set<String> webinarIds) throws SchedulerException {
    if (webinarIds.isEmpty()) {
      return;
    }
    if (webinarIds.size() > FULL_REPLAN_ABOVE) {
      replanAll();
      return;
    }
    Instant now = clock.instant();
    Plan plan = planOf(webinarIds, now);
    recordSkips(plan);
    List<PlanEntry> theirs =
        plan.entries().stream().filter(e -> webinarIds.contains(e.webinarId())).toList();
    sync(timer.pending(webinarIds), PlanHorizon.within(theirs, now));
    // A post beyond the horizon earlier than any before it needs the extension earlier too.
    Optional<Instant> next = PlanHorizon.nextExtension(theirs, now);
    if (next.isPresent()) {
      Optional<Instant> armed = timer.nextHorizon();
      if (armed.isEmpty() || next.get().isBefore(armed.get())) {
        timer.armHorizon(next);
      }
    }
  }

  /**
   * The plan of some webinars as of {@code now}, beyond the horizon too, with nothing written: what
   * {@link #replan} would make of them.
   */
  Plan planOf(Set<String> webinarIds, Instant now) {
    Map<String, Instant> firstSeen = new HashMap<>();
    List<Webinar> webinars = new ArrayList<>();
    List<LedgerEntry> history = new ArrayList<>();
    Map<String, List<webinarbot.delivery.Target>> subscribers = new HashMap<>();
    for (String id : webinarIds) {
      live.get().find(id).ifPresent(webinars::add);
      known.get(id).ifPresent(k -> firstSeen.put(id, k.firstSeen()));
      history.addAll(delivery.ledger().forWebinar(id));
      subscribers.put(id, audience.of(id));
    }
    return planner.plan(
        new Catalogue(webinars),
        firstSeen,
        DeliveryHistory.of(history),
        delivery.targets(),
        id -> subscribers.getOrDefault(id, List.of()),
        now);
  }

  /**
   * One change for all the webinars at once, so a reload touching many pages costs the timer two
   * writes, not two per page. Returns posts added and removed.
   */
  private int[] sync(List<PendingPost> existing, List<PlanEntry> entries)
      throws SchedulerException {
    Set<PendingPost> wanted = new LinkedHashSet<>();
    entries.forEach(e -> wanted.add(PendingPost.of(e)));
    Set<PendingPost> have = new HashSet<>(existing);
    List<PendingPost> gone = have.stream().filter(p -> !wanted.contains(p)).toList();
    List<PendingPost> fresh = wanted.stream().filter(p -> !have.contains(p)).toList();
    if (!gone.isEmpty() || !fresh.isEmpty()) {
      timer.change(gone, fresh);
    }
    return new int[] {fresh.size(), gone.size()};
  }

  private void recordSkips(Plan plan) {
    for (Plan.Skip skip : plan.skipped()) {
      live.get()
          .find(skip.post().webinarId())
          .ifPresent(
              w ->
                  delivery.skip(
                      new Delivery(
                          new Post.About(skip.post().kind(), w),
                          skip.revision(),
                          skip.post().at(),
                          Optional.empty()),
                      skip.targets(),
                      skip.reason()));
    }
  }
}
