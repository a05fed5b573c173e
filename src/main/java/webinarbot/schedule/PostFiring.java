package webinarbot.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * A trigger fired: plan the webinar again as of the trigger's instant, with the ledger as it is
 * now, and post what the plan still says is due, to the targets that still need it. A trigger the
 * plan no longer has (the page changed a moment ago) does nothing, and a post fired later than it
 * may be (the grace rule) is skipped and recorded.
 */
final class PostFiring {
  private static final Logger LOG = LoggerFactory.getLogger(PostFiring.class);

  /** What a trigger carries. */
  record Fired(String webinarId, String kind, String revision, Instant at) {}

  private final LiveCatalogue catalogue;
  private final KnownWebinars known;
  private final ReminderPlanner planner;
  private final DeliveryService delivery;
  private final Clock clock;

  PostFiring(
      LiveCatalogue catalogue,
      KnownWebinars known,
      ReminderPlanner planner,
      DeliveryService delivery,
      Clock clock) {
    this.catalogue = catalogue;
    this.known = known;
    this.planner = planner;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** The webinar whose triggers are in {@code group}, as the catalogue has it now. */
  Optional<String> webinarOfGroup(String group) {
    return catalogue.get().all().stream()
        .map(Webinar::id)
        .filter(id -> TriggerName.group(id).equals(group))
        .findFirst();
  }

  void fire(Fired f) {
    Optional<Webinar> found = catalogue.get().find(f.webinarId());
    if (found.isEmpty()) {
      LOG.info("trigger for {} fired, but the webinar is gone; nothing posted", f.webinarId());
      return;
    }
    Webinar w = found.get();
    Instant firstSeen = known.get(w.id()).map(KnownWebinars.Known::firstSeen).orElse(f.at());
    Plan plan =
        planner.plan(
            w,
            firstSeen,
            DeliveryHistory.of(delivery.ledger().forWebinar(w.id())),
            delivery.targets(),
            f.at());
    // Due at the trigger's instant (or earlier): a plan that now puts it later means the trigger
    // is stale, and its replacement will fire.
    Optional<PlanEntry> entry =
        plan.find(w.id(), f.kind(), f.revision()).filter(e -> !e.at().isAfter(f.at()));
    if (entry.isEmpty()) {
      LOG.info("trigger {} no longer matches the plan (page changed or already posted)", f);
      return;
    }
    PlanEntry e = entry.get();
    PostKind kind = e.post().kind();
    Delivery d = new Delivery(new Post.About(kind, w), e.revision(), e.at(), e.deadline());
    Instant now = clock.instant();
    if (e.deadline().map(deadline -> !now.isBefore(deadline)).orElse(false)) {
      delivery.skip(d, e.targets(), planner.whyTooLate(w, kind, e.at(), now));
      return;
    }
    delivery.deliver(d, e.targets(), DeliveryService.Claim.ONCE);
  }
}
