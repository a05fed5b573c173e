package webinarbot.testing.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the Slack Web API on a local port. It answers the methods the bot uses the way
 * Slack does, keeps posted messages per channel (with their metadata), records every call, and can
 * be told to fail: a 429 with Retry-After, a 5xx, or a Slack error such as {@code not_in_channel}.
 * It also takes {@code response_url} posts under {@code /respond/}.
 */
public final class SlackApiStandIn implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded Web API call: the method, its form parameters and the Authorization header. */
  public record Call(String method, Map<String, String> params, String authorization) {}

  /** A message as the stand-in keeps it. */
  /**
   * @param threadTs the parent's ts for a reply, else null
   * @param broadcast a reply also shown in the channel ({@code reply_broadcast})
   */
  public record Posted(
      String channel,
      String ts,
      String text,
      String blocks,
      String metadata,
      String threadTs,
      boolean broadcast) {}

  /** A canned failure: an HTTP status, headers and body. */
  public record Failure(int status, Map<String, String> headers, String body) {
    public static Failure status(int status) {
      return new Failure(status, Map.of(), "<html>upstream trouble</html>");
    }

    public static Failure rateLimited(int retryAfterSeconds) {
      return new Failure(
          429,
          Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
          "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    public static Failure slackError(String error) {
      return new Failure(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, List<Posted>> channels = new ConcurrentHashMap<>();
  private final Map<String, Queue<Failure>> failures = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final List<String> responses = new CopyOnWriteArrayList<>();
  private final AtomicLong nextTs = new AtomicLong(1_700_000_000_000_100L);
  private volatile URI socketModeUrl = URI.create("ws://127.0.0.1:1/");

  public SlackApiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.setExecutor(threads);
    server.start();
  }

  /** What {@code slack.api_url} is set to. */
  public URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  /** A {@code response_url} for a slash command payload. */
  public URI responseUrl(String id) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id);
  }

  /** The next call of {@code method} fails this way (several calls queue several failures). */
  public void failNext(String method, Failure failure) {
    failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(failure);
  }

  public void userGroup(String groupId, String... members) {
    groups.put(groupId, List.of(members));
  }

  /** What {@code apps.connections.open} hands out. */
  public void socketModeUrl(URI url) {
    this.socketModeUrl = url;
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public List<Posted> messages(String channel) {
    return List.copyOf(channels.getOrDefault(channel, List.of()));
  }

  /** Bodies posted to response URLs, in order. */
  public List<String> responses() {
    return List.copyOf(responses);
  }

  private void respond(HttpExchange ex) throws IOException {
    responses.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    send(ex, 200, Map.of(), "ok", "text/plain");
  }

  private void api(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> params =
        Forms.parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    calls.add(new Call(method, params, ex.getRequestHeaders().getFirst("Authorization")));
    Failure failure = nextFailure(method);
    if (failure != null) {
      send(ex, failure.status(), failure.headers(), failure.body(), "application/json");
      return;
    }
    send(
        ex,
        200,
        Map.of(),
        JSON.writeValueAsString(answer(method, params)),
        "application/json; charset=utf-8");
  }

  private Failure nextFailure(String method) {
    Queue<Failure> q = failures.get(method);
    synchronized (this) {
      return q == null ? null : q.poll();
    }
  }

  private ObjectNode answer(String method, Map<String, String> p) throws IOException {
    ObjectNode r = JSON.createObjectNode().put("ok", true);
    switch (method) {
      case "auth.test" ->
          r.put("url", "https://stand-in.slack.com/")
              .put("team", "Stand-in")
              .put("user", "webinar-bot")
              .put("team_id", "T0STANDIN")
              .put("user_id", "U0BOT")
              .put("bot_id", "B0BOT");
      case "chat.postMessage" -> {
        String ts = ts();
        channels
            .computeIfAbsent(p.get("channel"), c -> new CopyOnWriteArrayList<>())
            .add(
                new Posted(
                    p.get("channel"),
                    ts,
                    p.get("text"),
                    p.get("blocks"),
                    p.get("metadata"),
                    p.get("thread_ts"),
                    List.of("1", "true").contains(String.valueOf(p.get("reply_broadcast")))));
        r.put("channel", p.get("channel")).put("ts", ts);
      }
      case "chat.update" -> {
        update(p);
        r.put("channel", p.get("channel")).put("ts", p.get("ts")).put("text", p.get("text"));
      }
      case "conversations.history" -> r.set("messages", history(p.get("channel")));
      case "conversations.replies" -> r.set("messages", replies(p.get("channel"), p.get("ts")));
      case "conversations.open" ->
          r.set("channel", JSON.createObjectNode().put("id", "D" + p.get("users")));
      case "usergroups.users.list" -> {
        List<String> members = groups.get(p.get("usergroup"));
        if (members == null) {
          return JSON.createObjectNode().put("ok", false).put("error", "no_such_subteam");
        }
        r.set("users", JSON.valueToTree(members));
      }
      case "apps.connections.open" -> r.put("url", socketModeUrl.toString());
      default -> {
        return JSON.createObjectNode().put("ok", false).put("error", "unknown_method");
      }
    }
    return r;
  }

  private String ts() {
    long n = nextTs.incrementAndGet();
    return n / 1_000_000 + "." + String.format("%06d", n % 1_000_000);
  }

  private void update(Map<String, String> p) {
    List<Posted> list = channels.getOrDefault(p.get("channel"), new ArrayList<>());
    list.replaceAll(
        m ->
            m.ts().equals(p.get("ts"))
                ? new Posted(
                    m.channel(),
                    m.ts(),
                    p.get("text"),
                    p.get("blocks"),
                    m.metadata(),
                    m.threadTs(),
                    m.broadcast())
                : m);
  }

  /** The channel's own messages, newest first: replies only when also broadcast, as Slack does. */
  private ArrayNode history(String channel) throws IOException {
    List<Posted> posted = new ArrayList<>(messages(channel));
    posted.removeIf(m -> m.threadTs() != null && !m.broadcast());
    java.util.Collections.reverse(posted); // Slack lists the newest first
    return listed(posted);
  }

  /** A thread: its parent, then the replies, oldest first. */
  private ArrayNode replies(String channel, String ts) throws IOException {
    List<Posted> thread = new ArrayList<>();
    for (Posted m : messages(channel)) {
      if (m.ts().equals(ts) || ts.equals(m.threadTs())) {
        thread.add(m);
      }
    }
    return listed(thread);
  }

  private ArrayNode listed(List<Posted> posted) throws IOException {
    ArrayNode messages = JSON.createArrayNode();
    for (Posted m : posted) {
      ObjectNode node =
          messages.addObject().put("type", "message").put("ts", m.ts()).put("text", m.text());
      if (m.threadTs() != null) {
        node.put("thread_ts", m.threadTs());
      }
      if (m.metadata() != null) {
        JsonNode md = JSON.readTree(m.metadata());
        node.set("metadata", md);
      }
    }
    return messages;
  }

  private static void send(
      HttpExchange ex, int status, Map<String, String> headers, String body, String type)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
