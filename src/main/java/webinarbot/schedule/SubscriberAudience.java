package webinarbot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Subscriptions;
import webinarbot.delivery.Target;

/**
 * Who gets a personal reminder, as the planner sees them: the direct-message targets of each talk's
 * subscribers on the platforms that are on (a subscriber of a platform turned off is left out, not
 * failed). Also finds the talks someone subscribed to lately, on any replica, so their reminders
 * are planned.
 */
final class SubscriberAudience {
  /** How far back each look for new subscriptions reaches past the last: clocks of replicas. */
  private static final Duration OVERLAP = Duration.ofSeconds(5);

  private final Subscriptions subscriptions;
  private final DeliveryService delivery;
  private final Clock clock;
  private Instant lastLook;

  SubscriberAudience(Subscriptions subscriptions, DeliveryService delivery, Clock clock) {
    this.subscriptions = subscriptions;
    this.delivery = delivery;
    this.clock = clock;
    this.lastLook = clock.instant();
  }

  /** Everyone's targets at once, for a whole plan. */
  ReminderPlanner.Audience all() {
    Map<String, List<Subscriber>> audience = subscriptions.audience();
    return id -> targets(audience.getOrDefault(id, List.of()));
  }

  /** One talk's subscribers' targets. */
  List<Target> of(String webinarId) {
    return targets(subscriptions.subscribers(webinarId));
  }

  /** The talks with subscriptions made since the last look (and a little before it). */
  synchronized Set<String> newlySubscribed() {
    Instant now = clock.instant();
    Set<String> ids = subscriptions.subscribedSince(lastLook.minus(OVERLAP));
    lastLook = now;
    return ids;
  }

  Subscriptions subscriptions() {
    return subscriptions;
  }

  private List<Target> targets(List<Subscriber> subscribers) {
    return subscribers.stream().map(Subscriber::target).filter(delivery::posts).toList();
  }
}
