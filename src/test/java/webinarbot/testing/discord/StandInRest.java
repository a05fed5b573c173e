package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Discord REST API over real HTTP, with the routes the bot uses. Records every call and can be
 * told to fail the next matching one.
 *
 * <p>With {@link #enforceRateLimits} on it also holds clients to Discord's documented limits: the
 * global 50 requests per second, and per-route buckets (posting and editing messages: 5 per 5 s per
 * channel) announced in {@code X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket} headers on
 * every answer of such a route. A request over a limit is not carried out or recorded among {@link
 * #requests}; it gets a 429 with {@code {"message", "retry_after", "global"}}, {@code Retry-After}
 * and {@code X-RateLimit-Scope} (and {@code X-RateLimit-Global} for the global limit).
 */
final class StandInRest implements AutoCloseable {
  static final String PREFIX = "/api/v10/";

  private record Route(
      String method, Pattern path, BiFunction<Matcher, RecordedRequest, Answer> handler) {}

  private record Fault(String method, Pattern path, Answer answer) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Route> routes = new ArrayList<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<java.util.function.Consumer<RecordedRequest>> listeners =
      new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> refused = new CopyOnWriteArrayList<>();
  private volatile java.time.Clock limitsClock;
  private volatile webinarbot.testing.RateWindow global;
  private final Map<String, webinarbot.testing.RateWindow> buckets =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Discord's global limit: requests per second per bot. */
  static final int GLOBAL_PER_SECOND = 50;

  /** Routes with a bucket per channel (the major parameter): 5 requests per 5 s. */
  private static final List<Pattern> CHANNEL_BUCKETS =
      List.of(
          Pattern.compile("POST channels/(\\d+)/messages"),
          Pattern.compile("PATCH channels/(\\d+)/messages/\\d+"));

  StandInRest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PREFIX, this::handle);
    server.setExecutor(threads);
  }

  URI begin() {
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
  }

  void route(
      String method, String pathRegex, BiFunction<Matcher, RecordedRequest, Answer> handler) {
    routes.add(new Route(method, Pattern.compile(pathRegex), handler));
  }

  /** The next {@code times} requests matching method and path get {@code answer} instead. */
  void failNext(String method, String pathRegex, Answer answer, int times) {
    for (int i = 0; i < times; i++) {
      faults.add(new Fault(method, Pattern.compile(pathRegex), answer));
    }
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Calls {@code listener} with each request as it arrives, before it is answered. */
  void listen(java.util.function.Consumer<RecordedRequest> listener) {
    listeners.add(listener);
  }

  /** Requests refused with a 429 for going over a rate limit. */
  List<RecordedRequest> refused() {
    return List.copyOf(refused);
  }

  void enforceRateLimits(java.time.Clock clock) {
    buckets.clear();
    global =
        new webinarbot.testing.RateWindow(
            GLOBAL_PER_SECOND, java.time.Duration.ofSeconds(1), clock);
    limitsClock = clock;
  }

  void forget() {
    requests.clear();
    refused.clear();
    limitsClock = null; // each test switches the limits on for itself
    faults.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              body(exchange.getRequestBody()));
      Limited limited = limit(request);
      if (limited != null && limited.refusal() != null) {
        refused.add(request);
        respond(exchange, limited.refusal());
        return;
      }
      requests.add(request);
      listeners.forEach(l -> l.accept(request));
      Answer answer = answer(request);
      if (limited != null) {
        answer = limited.withHeaders(answer);
      }
      if (!answer.delay().isZero()) {
        sleepQuietly(answer);
      }
      respond(exchange, answer);
    }
  }

  /** A request's rate-limit verdict: a 429 to answer, or the bucket headers to add. */
  private record Limited(Answer refusal, Map<String, String> headers) {
    Answer withHeaders(Answer answer) {
      Map<String, String> all = new java.util.HashMap<>(answer.headers());
      all.putAll(headers);
      return new Answer(answer.status(), answer.body(), all, answer.delay());
    }
  }

  private Limited limit(RecordedRequest request) {
    java.time.Clock clock = limitsClock;
    if (clock == null) {
      return null;
    }
    String route = request.method() + " " + request.path();
    webinarbot.testing.RateWindow bucket = null;
    String bucketName = null;
    for (Pattern p : CHANNEL_BUCKETS) {
      Matcher m = p.matcher(route);
      if (m.matches()) {
        bucketName = Integer.toHexString(p.pattern().hashCode()) + "-" + m.group(1);
        bucket =
            buckets.computeIfAbsent(
                bucketName,
                k -> new webinarbot.testing.RateWindow(5, java.time.Duration.ofSeconds(5), clock));
      }
    }
    webinarbot.testing.RateWindow.Verdict g = global.take();
    if (!g.allowed()) {
      return new Limited(
          tooMany(g.resetAfter(), true, Map.of("X-RateLimit-Global", "true")), Map.of());
    }
    if (bucket == null) {
      return new Limited(null, Map.of());
    }
    webinarbot.testing.RateWindow.Verdict v = bucket.take();
    // Rounded up to the millisecond, as a client waiting this long must find the bucket reset.
    double resetAfter = Math.ceil(v.resetAfter().toNanos() / 1e6) / 1000.0;
    Map<String, String> headers =
        Map.of(
            "X-RateLimit-Limit", Integer.toString(v.limit()),
            "X-RateLimit-Remaining", Integer.toString(v.remaining()),
            "X-RateLimit-Reset",
                String.format(java.util.Locale.ROOT, "%.3f", clock.millis() / 1000.0 + resetAfter),
            "X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", resetAfter),
            "X-RateLimit-Bucket", bucketName);
    if (!v.allowed()) {
      global.giveBack();
      return new Limited(tooMany(v.resetAfter(), false, headers), headers);
    }
    return new Limited(null, headers);
  }

  private static Answer tooMany(
      java.time.Duration after, boolean isGlobal, Map<String, String> headers) {
    double seconds = Math.max(0.001, Math.ceil(after.toNanos() / 1e6) / 1000.0);
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Retry-After", Long.toString((long) Math.ceil(seconds)));
    all.put("X-RateLimit-Scope", isGlobal ? "global" : "user");
    return new Answer(
        429,
        DiscordWorld.object()
            .put("message", "You are being rate limited.")
            .put("retry_after", seconds)
            .put("global", isGlobal),
        all,
        java.time.Duration.ZERO);
  }

  private Answer answer(RecordedRequest request) {
    Fault fault =
        faults.stream()
            .filter(f -> f.method().equals(request.method()))
            .filter(f -> f.path().matcher(request.path()).matches())
            .findFirst()
            .orElse(null);
    if (fault != null && faults.remove(fault)) {
      return fault.answer();
    }
    for (Route r : routes) {
      Matcher m = r.path().matcher(request.path());
      if (r.method().equals(request.method()) && m.matches()) {
        return r.handler().apply(m, request);
      }
    }
    return Answer.error(404, 0, "404: Not Found");
  }

  // A timeout is simulated by answering late; the server thread waiting is the point.
  @SuppressWarnings("ThreadPriorityCheck")
  private static void sleepQuietly(Answer answer) {
    long until = System.nanoTime() + answer.delay().toNanos();
    while (System.nanoTime() < until) {
      try {
        Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static JsonNode body(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    if (bytes.length == 0) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("{") || text.startsWith("[")
        ? DiscordWorld.JSON.readTree(text)
        : DiscordWorld.object().put("raw", text);
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    for (Map.Entry<String, String> h : answer.headers().entrySet()) {
      exchange.getResponseHeaders().add(h.getKey(), h.getValue());
    }
    if (answer.body() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
