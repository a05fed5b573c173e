package webinarbot.testing.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;
import webinarbot.http.OpsEndpoints;
import webinarbot.http.ReadinessCheck;
import webinarbot.http.WebServer;
import webinarbot.metrics.BotMetrics;
import webinarbot.testing.MutableClock;

/**
 * The operator endpoints on a real web server on a free port, with a settable clock and catalogue:
 * the shared fixture of the HTTP endpoint tests.
 */
public final class OpsServer implements AutoCloseable {
  public static final URI SITE = URI.create("https://fd.io/");

  public final MutableClock clock;
  public final AtomicReference<Catalogue> catalogue;
  public final BotMetrics metrics;
  private final WebServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpsServer(
      Catalogue catalogue,
      MutableClock clock,
      List<ReadinessCheck> checks,
      Supplier<Map<String, String>> node)
      throws Exception {
    this.clock = clock;
    this.catalogue = new AtomicReference<>(catalogue);
    this.metrics = BotMetrics.create();
    OpsEndpoints endpoints =
        new OpsEndpoints(this.catalogue::get, SITE, clock, metrics.prometheus(), checks, node);
    this.server = new WebServer("127.0.0.1", 0, endpoints.routes()).start();
  }

  public static OpsServer start(Catalogue catalogue, MutableClock clock) throws Exception {
    return new OpsServer(catalogue, clock, List.of(), Map::of);
  }

  public static OpsServer start(List<ReadinessCheck> checks, Supplier<Map<String, String>> node)
      throws Exception {
    return new OpsServer(Catalogue.empty(), MutableClock.at("2030-01-01T00:00:00Z"), checks, node);
  }

  /** Where the server answers, ending in "/": what {@code http.public_url} would say. */
  public URI uri() {
    return server.localUri().resolve("/");
  }

  /** GET {@code path} with the given header name/value pairs. */
  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    return send("GET", path, headers);
  }

  public HttpResponse<String> send(String method, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.localUri().resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.close();
    metrics.close();
  }
}
