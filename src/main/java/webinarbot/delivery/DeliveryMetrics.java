package webinarbot.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * What delivery tells {@code /metrics}: outcomes by platform and kind, retries, and how late posts
 * were.
 */
final class DeliveryMetrics {
  private final MeterRegistry registry;

  DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void outcome(Target target, String kind, String outcome) {
    Counter.builder("webinarbot.deliveries")
        .description("posts by platform, kind and outcome (sent, failed, skipped, edited)")
        .tag("platform", target.platform())
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /**
   * @param reason {@code rate_limited} (a 429 waited out) or {@code transient} (5xx, timeout)
   */
  void retry(Target target, String kind, String reason) {
    Counter.builder("webinarbot.delivery.retries")
        .description("tries after the first, by platform, kind and what the previous try hit")
        .tag("platform", target.platform())
        .tag("kind", kind)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void lateness(Target target, Duration late) {
    Timer.builder("webinarbot.delivery.lateness")
        .description("how long after its scheduled time a post was sent")
        .tag("platform", target.platform())
        .publishPercentiles(0.5, 0.99)
        .register(registry)
        .record(late.isNegative() ? Duration.ZERO : late);
  }
}
