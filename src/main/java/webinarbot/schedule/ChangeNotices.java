package webinarbot.schedule;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
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

  ChangeNotices(DeliveryService delivery) {
    this.delivery = delivery;
  }

  void changed(Webinar before, Webinar after, Instant now) {
    List<Target> told = delivery.announcedTargets(after.id());
    if (!told.isEmpty()) {
      apply(Aftermath.ofChange(before, after, now), told, now);
    }
  }

  void removed(Webinar last, Instant now) {
    List<Target> told = delivery.announcedTargets(last.id());
    if (told.isEmpty() || last.time().isOver(now)) {
      return;
    }
    LOG.info("{} was removed; telling {} it is cancelled", last.id(), told);
    apply(Aftermath.ofRemoval(last, now), told, now);
  }

  private void apply(Aftermath a, List<Target> told, Instant now) {
    a.notice().ifPresent(p -> post(p, told, now));
    a.editTo().ifPresent(delivery::editPosted);
  }

  private void post(Post.About post, List<Target> targets, Instant now) {
    delivery.deliver(Delivery.now(post, now), targets, DeliveryService.Claim.ONCE);
  }
}
