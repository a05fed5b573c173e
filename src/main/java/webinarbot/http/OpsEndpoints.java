package webinarbot.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/**
 * The operator's endpoints, next to {@code /slack/events} on the same server: {@code /healthz},
 * {@code /readyz}, {@code /metrics} and {@code /webinars.ics}.
 *
 * @param catalogue the live catalogue, read on every calendar request
 * @param siteBaseUrl {@code site.base_url}: its host makes calendar UIDs unique
 * @param metrics the registry created once by the composition root
 * @param checks what {@code /readyz} asks: the database, each platform that is on
 * @param node facts about this replica for {@code /readyz} (its role); empty when there are none
 */
public record OpsEndpoints(
    Supplier<Catalogue> catalogue,
    URI siteBaseUrl,
    Clock clock,
    PrometheusMeterRegistry metrics,
    List<ReadinessCheck> checks,
    Supplier<Map<String, String>> node) {
  public static final String HEALTH = "/healthz";
  public static final String READY = "/readyz";
  public static final String METRICS = "/metrics";
  public static final String CALENDAR = "/webinars.ics";

  /** One talk's own calendar file: {@code /webinars/ID.ics}. */
  public static final String ONE_TALK = "/webinars/*";

  /** Kubernetes gives a probe one second by default; answer inside it. */
  static final Duration CHECK_DEADLINE = Duration.ofMillis(800);

  public OpsEndpoints {
    checks = List.copyOf(checks);
  }

  public OpsEndpoints(
      Supplier<Catalogue> catalogue,
      URI siteBaseUrl,
      Clock clock,
      PrometheusMeterRegistry metrics,
      List<ReadinessCheck> checks) {
    this(catalogue, siteBaseUrl, clock, metrics, checks, Map::of);
  }

  /** Read-only endpoints: anything but GET and HEAD is 405 (the calendar checks for itself). */
  public List<Route> routes() {
    return List.of(
        new Route(HEALTH, new GetOrHeadOnly(new HealthHandler())),
        new Route(
            READY,
            new GetOrHeadOnly(
                new ReadinessHandler(new ReadinessProbe(checks, CHECK_DEADLINE), node))),
        new Route(METRICS, new GetOrHeadOnly(new MetricsHandler(metrics))),
        new Route(
            CALENDAR,
            new CalendarHandler(catalogue, new WebinarCalendar(siteBaseUrl, clock), clock)),
        new Route(
            ONE_TALK,
            new GetOrHeadOnly(
                new TalkCalendarHandler(
                    catalogue, new WebinarCalendar(siteBaseUrl, clock), clock))));
  }
}
