package webinarbot.schedule;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * Tells the channels that already heard about a webinar what became of it: one update notice per
 * edit worth one, a cancellation, or a "now available" follow-up once slides or a video appear
 * after the talk; and edits the messages posted earlier so none shows stale details. Channels that
 * never heard of the webinar get nothing: for them the schedule is simply replanned.
 */
final class ChangeNotices {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeNotices.class);

  private final DeliveryService delivery;
  private final SubscriberAudience audience;

  ChangeNotices(DeliveryService delivery, SubscriberAudience audience) {
    this.delivery = delivery;
    this.audience = audience;
  }

  void changed(Webinar before, Webinar after, Instant now) {
    List<Target> told = delivery.announcedTargets(after.id());
    Aftermath a = Aftermath.ofChange(before, after, now);
    if (!told.isEmpty()) {
      apply(a, told, now);
    }
    tellSubscribers(a, now);
  }

  void removed(Webinar last, Instant now) {
    if (last.time().isOver(now)) {
      return;
    }
    List<Target> told = delivery.announcedTargets(last.id());
    Aftermath a = Aftermath.ofRemoval(last, now);
    tellSubscribers(a, now);
    if (told.isEmpty()) {
      return;
    }
    LOG.info("{} was removed; telling {} it is cancelled", last.id(), told);
    apply(a, told, now);
  }

  /**
   * Everyone who asked to be reminded of a talk that is cancelled gets one direct message saying so
   * (once each, through the ledger, however often the change is seen).
   */
  private void tellSubscribers(Aftermath a, Instant now) {
    a.notice()
        .filter(p -> p.kind().type() == PostKind.Type.CANCELLATION)
        .ifPresent(
            p -> {
              List<Target> subscribers = audience.of(p.webinar().id());
              if (!subscribers.isEmpty()) {
                post(p, subscribers, now);
              }
            });
  }

  private void apply(Aftermath a, List<Target> told, Instant now) {
    a.notice().ifPresent(p -> post(p, told, now));
    a.editTo().ifPresent(delivery::editPosted);
  }

  private void post(Post.About post, List<Target> targets, Instant now) {
    delivery.deliver(Delivery.now(post, now), targets, DeliveryService.Claim.ONCE);
  }
}
