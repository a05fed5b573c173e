package webinarbot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import webinarbot.content.LoadResult;

/**
 * What the last content load found: {@code webinarbot_content_errors} above zero means some pages
 * are left out until a maintainer fixes them (an alert worth having).
 */
public final class ContentMetrics {
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong warnings = new AtomicLong();
  private final AtomicLong pages = new AtomicLong();
  private final AtomicLong webinars = new AtomicLong();

  public ContentMetrics(MeterRegistry registry) {
    gauge(registry, "webinarbot.content.errors", "errors in the last content load", errors);
    gauge(registry, "webinarbot.content.warnings", "warnings in the last content load", warnings);
    gauge(registry, "webinarbot.content.pages", "markdown files read in the last load", pages);
    gauge(registry, "webinarbot.content.webinars", "webinars in the catalogue", webinars);
  }

  private static void gauge(MeterRegistry r, String name, String help, AtomicLong value) {
    Gauge.builder(name, value, AtomicLong::doubleValue).description(help).register(r);
  }

  /** Call after every load, the first one and each reload. */
  public void loaded(LoadResult result) {
    errors.set(result.errorCount());
    warnings.set(result.warningCount());
    pages.set(result.pages());
    webinars.set(result.catalogue().size());
  }
}
