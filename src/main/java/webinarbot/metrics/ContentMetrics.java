package webinarbot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import webinarbot.content.LoadResult;

/**
 * What the latest content load found, read at scrape time: {@code webinarbot_content_errors} above
 * zero means some pages are left out until a maintainer fixes them (an alert worth having).
 */
public final class ContentMetrics {
  /**
   * @param latest the latest load; null (before the first load) reads as zero
   */
  public ContentMetrics(MeterRegistry registry, Supplier<LoadResult> latest) {
    gauge(
        registry,
        latest,
        "webinarbot.content.errors",
        "errors in the last content load",
        LoadResult::errorCount);
    gauge(
        registry,
        latest,
        "webinarbot.content.warnings",
        "warnings in the last content load",
        LoadResult::warningCount);
    gauge(
        registry,
        latest,
        "webinarbot.content.pages",
        "markdown files read in the last load",
        LoadResult::pages);
    gauge(
        registry,
        latest,
        "webinarbot.content.webinars",
        "webinars in the catalogue",
        r -> r.catalogue().size());
  }

  /**
   * {@code webinarbot_content_outage}: 1 while the content is in an outage (missing, empty, or most
   * pages gone at once) and the last good catalogue is kept; {@code webinarbot_content_watching}: 1
   * while the content folder is watched. Alert on the first above zero and the second at zero.
   */
  public static void health(
      MeterRegistry registry, BooleanSupplier inOutage, BooleanSupplier watching) {
    Gauge.builder("webinarbot.content.outage", inOutage, s -> s.getAsBoolean() ? 1 : 0)
        .description("1 while the content is in an outage and the last good catalogue is kept")
        .strongReference(true)
        .register(registry);
    Gauge.builder("webinarbot.content.watching", watching, s -> s.getAsBoolean() ? 1 : 0)
        .description("1 while the content folder is watched for changes")
        .strongReference(true)
        .register(registry);
  }

  private static void gauge(
      MeterRegistry registry,
      Supplier<LoadResult> latest,
      String name,
      String help,
      ToDoubleFunction<LoadResult> value) {
    Gauge.builder(
            name,
            latest,
            s -> {
              LoadResult r = s.get();
              return r == null ? 0 : value.applyAsDouble(r);
            })
        .description(help)
        // Micrometer holds gauge objects weakly by default; nothing else keeps this lambda alive.
        .strongReference(true)
        .register(registry);
  }
}
