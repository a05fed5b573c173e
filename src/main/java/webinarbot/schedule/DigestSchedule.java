package webinarbot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.Routing;
import webinarbot.delivery.Target;

/**
 * {@code schedule.digest} on the {@link PostTimer}: the next digest is armed, and armed again after
 * each firing. The digest goes to every target of the default route through the ledger (once per
 * target and week, whatever the replicas and restarts); one missed while the bot was down goes out
 * on start if it is within {@code schedule.grace}, else it is skipped with the reason. A week
 * without webinars posts nothing.
 */
final class DigestSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

  private final WeeklyDigest weekly;
  private final Duration grace;
  private final LiveCatalogue live;
  private final DeliveryService delivery;
  private final Clock clock;
  private final Routing routing;

  /**
   * @param routing the digest is about every talk, so it goes to the default route's channels
   */
  DigestSchedule(
      WeeklyDigest weekly,
      Duration grace,
      LiveCatalogue live,
      DeliveryService delivery,
      Clock clock,
      Routing routing) {
    this.routing = routing;
    this.weekly = weekly;
    this.grace = grace;
    this.live = live;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** Posts the latest digest if it is still due and not in the ledger; arms the next one. */
  void arm(PostTimer timer) throws SchedulerException {
    Instant now = clock.instant();
    post(weekly.latestAtOrBefore(now), now);
    Instant next = weekly.nextAfter(now);
    if (!timer.nextDigest().equals(Optional.of(next))) {
      timer.armDigest(next);
      LOG.info("next weekly digest at {}", next);
    }
  }

  /** The trigger of the digest due at {@code at} fired. */
  void fire(Instant at) {
    post(at, clock.instant());
  }

  private void post(Instant at, Instant now) {
    Post.Digest digest = weekly.post(live.get(), at);
    if (digest.webinars().isEmpty()) {
      LOG.info("no webinars in the week of {}: no digest", digest.weekOf());
      return;
    }
    Instant deadline = at.plus(grace);
    Delivery d = Delivery.digest(digest, at, Optional.of(deadline));
    List<Target> targets = routing.defaultTargets(delivery.targets());
    if (now.isBefore(deadline)) {
      delivery.deliver(d, targets, DeliveryService.Claim.ONCE);
    } else {
      delivery.skip(d, targets, "missed: due " + at + ", grace " + grace);
    }
  }

  /** The digest a ledger row names by its week, for resuming it after a crash. */
  Optional<Post.Digest> rebuild(String weekOf) {
    try {
      LocalDate week = LocalDate.parse(weekOf);
      return Optional.of(weekly.post(live.get(), weekly.at(week)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
