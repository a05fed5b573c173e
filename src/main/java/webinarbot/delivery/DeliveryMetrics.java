package webinarbot.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** What delivery tells {@code /metrics}: outcomes by platform and kind, and how late posts were. */
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

  void lateness(Target target, Duration late) {
    Timer.builder("webinarbot.delivery.lateness")
        .description("how long after its scheduled time a post was sent")
        .tag("platform", target.platform())
        .publishPercentiles(0.5, 0.99)
        .register(registry)
        .record(late.isNegative() ? Duration.ZERO : late);
  }
}
