package webinarbot.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.DeliveryOutcome;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.delivery.Revisions;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.storage.Jdbc;

/**
 * Pending posts came due: for each, plan its webinar again as of the post's instant, with the
 * ledger as it is now, and post what the plan still says is due, to the targets that still need it.
 * A post the plan no longer has (the page changed a moment ago) does nothing, and one fired later
 * than it may be (the grace rule) is skipped and recorded.
 */
final class PostFiring {
  private static final Logger LOG = LoggerFactory.getLogger(PostFiring.class);

  private final LiveCatalogue catalogue;
  private final KnownWebinars known;
  private final ReminderPlanner planner;
  private final DeliveryService delivery;
  private final SubscriberAudience audience;
  private final Clock clock;
  private final boolean clustered;
  private final Object queueing = new Object();

  /**
   * @param clustered other replicas share the schedule: a post this replica's own content does not
   *     explain may come from a page another replica has read and this one not yet
   */
  PostFiring(
      LiveCatalogue catalogue,
      KnownWebinars known,
      ReminderPlanner planner,
      DeliveryService delivery,
      SubscriberAudience audience,
      Clock clock,
      boolean clustered) {
    this.audience = audience;
    this.clustered = clustered;
    this.catalogue = catalogue;
    this.known = known;
    this.planner = planner;
    this.delivery = delivery;
    this.clock = clock;
  }

  /**
   * Fires posts due at one instant, each on its own: one that fails never stops the others. The
   * ledger is read once for all of them, not once per post. Returns once they are claimed and
   * queued, with a future of their posting.
   *
   * <p>One firing at a time queues its posts: they reach the channels' lanes together, so a
   * firing's posts are made before the next firing's, and in a burst a replica finishes (and takes
   * another part) one part at a time, instead of all its parts at the end.
   */
  CompletableFuture<Void> fire(Instant at, List<PendingPost> due) {
    synchronized (queueing) {
      return queue(at, due);
    }
  }

  private CompletableFuture<Void> queue(Instant at, List<PendingPost> due) {
    Map<String, List<LedgerEntry>> ledger = new HashMap<>();
    for (LedgerEntry e :
        delivery.ledger().forWebinars(due.stream().map(PendingPost::webinarId).toList())) {
      ledger.computeIfAbsent(e.key().webinarId(), id -> new ArrayList<>()).add(e);
    }
    Map<String, DeliveryHistory> histories = new HashMap<>();
    List<CompletableFuture<?>> sends = new ArrayList<>();
    Jdbc.StorageFailure storage = null;
    for (PendingPost p : due) {
      try {
        DeliveryHistory before =
            histories.computeIfAbsent(
                p.webinarId(), id -> DeliveryHistory.of(ledger.getOrDefault(id, List.of())));
        histories.put(p.webinarId(), fire(p, before, sends));
      } catch (Jdbc.StorageFailure e) {
        storage = storage == null ? e : storage;
      } catch (RuntimeException e) {
        LOG.error("firing {} due at {} failed", p, at, e);
      }
    }
    if (storage != null) {
      // The timer keeps these posts and fires them again once the database answers; the ledger
      // keeps those claimed meanwhile single.
      throw storage;
    }
    return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
  }

  CompletableFuture<Void> fire(PendingPost f) {
    return fire(f.at(), List.of(f));
  }

  /**
   * Fires one post; {@code history}: what the ledger has about its webinar. Returns the history
   * with what this firing claimed; adds the sends it queued to {@code sends}.
   */
  private DeliveryHistory fire(
      PendingPost f, DeliveryHistory history, List<CompletableFuture<?>> sends) {
    Optional<KnownWebinars.Known> mine =
        catalogue
            .get()
            .find(f.webinarId())
            .map(
                w ->
                    new KnownWebinars.Known(
                        w,
                        known.get(w.id()).map(KnownWebinars.Known::firstSeen).orElse(f.at()),
                        Optional.empty()));
    Optional<KnownWebinars.Known> fromOthers = Optional.empty();
    Optional<Fire> due = mine.flatMap(k -> due(k, f, history));
    if (due.isEmpty() && clustered) {
      // This replica's checkout may lag behind the one that planned the post: try the page as
      // the replica that read it last recorded it.
      fromOthers =
          known
              .stored(f.webinarId())
              .filter(s -> mine.isEmpty() || !s.webinar().equals(mine.get().webinar()));
      due = fromOthers.flatMap(s -> due(s, f, history));
    }
    DeliveryHistory now = history;
    if (due.isPresent()) {
      now = post(due.get().page().webinar(), due.get().entry(), history, sends);
    } else {
      LOG.info("{} no longer matches the plan (page changed, gone or already posted)", f);
    }
    Optional<KnownWebinars.Known> page = due.map(Fire::page).or(() -> mine);
    Optional<KnownWebinars.Known> current = page.isPresent() ? page : fromOthers;
    return current.isPresent() ? postWhatIsDueNow(current.get(), now, sends) : now;
  }

  /**
   * Posts whatever else the plan says is due by now. Posts normally fire in time order, but not
   * always: a replica that died holding a catch-up announcement hands it over seconds later, after
   * the next reminder already fired on another replica, found the announcement not yet made, and so
   * was not due. Once the announcement goes out, the reminder is due (late, within grace) and is
   * pending no more: it goes out from here.
   */
  private DeliveryHistory postWhatIsDueNow(
      KnownWebinars.Known k, DeliveryHistory history, List<CompletableFuture<?>> sends) {
    Instant now = clock.instant();
    Webinar w = k.webinar();
    DeliveryHistory h = history;
    for (PlanEntry e : plan(k, h, now).entries()) {
      if (e.webinarId().equals(w.id()) && !e.at().isAfter(now)) {
        h = post(w, e, h, sends);
      }
    }
    return h;
  }

  /**
   * Posts {@code e} where the ledger lets this replica claim it, or records it skipped when it is
   * too late; returns {@code history} with what the ledger now holds for it.
   */
  private DeliveryHistory post(
      Webinar w, PlanEntry e, DeliveryHistory history, List<CompletableFuture<?>> sends) {
    PostKind kind = e.post().kind();
    Webinar shown = Revisions.subject(w, kind, e.revision(), e.at());
    Delivery d = new Delivery(new Post.About(kind, shown), e.revision(), e.at(), e.deadline());
    Instant now = clock.instant();
    List<DeliveryKey> posted = new ArrayList<>();
    List<DeliveryKey> closed = new ArrayList<>();
    if (e.deadline().map(deadline -> !now.isBefore(deadline)).orElse(false)) {
      delivery.skip(d, e.targets(), planner.whyTooLate(w, kind, e.at(), now));
      e.targets().forEach(t -> closed.add(d.key(t)));
      return history.with(posted, closed);
    }
    delivery
        .deliver(d, e.targets(), DeliveryService.Claim.ONCE)
        .forEach(
            (t, outcome) -> {
              sends.add(outcome);
              boolean notPosted =
                  outcome.getNow(null) instanceof DeliveryOutcome.Already a
                      && !a.status().countsAsPosted();
              (notPosted ? closed : posted).add(d.key(t));
            });
    return history.with(posted, closed);
  }

  private record Fire(KnownWebinars.Known page, PlanEntry entry) {}

  private Plan plan(KnownWebinars.Known k, DeliveryHistory history, Instant at) {
    return planner.plan(
        k.webinar(), k.firstSeen(), history, delivery.targets(), audience.of(k.webinar().id()), at);
  }

  /** The plan entry for the post, if the plan for this version of the page still has it. */
  private Optional<Fire> due(KnownWebinars.Known k, PendingPost f, DeliveryHistory history) {
    // Due at the post's instant (or earlier): a plan that now puts it later means the post is
    // stale, and its replacement will fire.
    return plan(k, history, f.at())
        .findDueBy(k.webinar().id(), f.kind(), f.revision(), f.at())
        .map(e -> new Fire(k, e));
  }
}
