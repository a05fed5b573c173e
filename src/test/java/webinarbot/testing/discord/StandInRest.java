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

  void forget() {
    requests.clear();
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
      requests.add(request);
      listeners.forEach(l -> l.accept(request));
      Answer answer = answer(request);
      if (!answer.delay().isZero()) {
        sleepQuietly(answer);
      }
      respond(exchange, answer);
    }
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
