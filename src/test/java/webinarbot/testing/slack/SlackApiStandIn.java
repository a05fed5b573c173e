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
 *
 * <p>{@link #enforceRateLimits} makes it hold the bot to Slack's documented limits (off by default,
 * so other tests keep their speed): {@code chat.postMessage} 1 per second per channel with short
 * bursts (5 in 5 s) and a workspace-wide {@value #WORKSPACE_POSTS_PER_MINUTE} per minute ("several
 * hundred messages per minute"); {@code chat.update}, {@code conversations.open} and {@code
 * conversations.history} Tier 3, 50 per minute. A call over a limit gets HTTP 429 with {@code
 * Retry-After} in whole seconds and is not carried out.
 */
public final class SlackApiStandIn implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded Web API call: the method, its form parameters and the Authorization header. */
  public record Call(String method, Map<String, String> params, String authorization) {}

  /** A message as the stand-in keeps it. */
  /**
   * @param threadTs the parent's ts for a reply, else null
   * @param broadcast a reply also shown in the channel ({@code reply_broadcast})
   * @param at when the stand-in took it (real time), for benchmarks
   */
  public record Posted(
      String channel,
      String ts,
      String text,
      String blocks,
      String metadata,
      String threadTs,
      boolean broadcast,
      java.time.Instant at) {}

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

  /** The workspace-wide cap on {@code chat.postMessage} the stand-in enforces, per minute. */
  public static final int WORKSPACE_POSTS_PER_MINUTE = 300;

  /** Tier 3 methods: 50 calls a minute. */
  private static final java.util.Set<String> TIER_3 =
      java.util.Set.of("chat.update", "conversations.open", "conversations.history");

  private final HttpServer server;
  private volatile java.time.Clock limitsClock;
  private volatile webinarbot.testing.RateWindow workspacePosts;
  private final Map<String, webinarbot.testing.RateWindow> windows = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
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

  /** From now on, calls over Slack's documented rate limits are refused with a 429. */
  public void enforceRateLimits() {
    enforceRateLimits(java.time.Clock.systemUTC());
  }

  /** As {@link #enforceRateLimits()}, with time read from {@code clock}. */
  public void enforceRateLimits(java.time.Clock clock) {
    enforceRateLimits(clock, WORKSPACE_POSTS_PER_MINUTE);
  }

  /**
   * As {@link #enforceRateLimits(java.time.Clock)} with a smaller workspace cap, for short tests.
   */
  public void enforceRateLimits(java.time.Clock clock, int workspacePostsPerMinute) {
    windows.clear();
    workspacePosts =
        new webinarbot.testing.RateWindow(
            workspacePostsPerMinute, java.time.Duration.ofMinutes(1), clock);
    limitsClock = clock;
  }

  /** How many calls of {@code method} were refused for going over a rate limit. */
  public long refused(String method) {
    AtomicLong n = refused.get(method);
    return n == null ? 0 : n.get();
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
    if (failure == null) {
      failure = overLimit(method, params);
    }
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

  /** A 429 if the call would go over a rate limit, else null (the call is counted). */
  private Failure overLimit(String method, Map<String, String> params) {
    java.time.Clock clock = limitsClock;
    if (clock == null) {
      return null;
    }
    webinarbot.testing.RateWindow.Verdict verdict;
    if (method.equals("chat.postMessage")) {
      webinarbot.testing.RateWindow channel =
          windows.computeIfAbsent(
              method + " " + postedTo(params.get("channel")),
              k -> new webinarbot.testing.RateWindow(5, java.time.Duration.ofSeconds(5), clock));
      verdict = channel.take();
      if (verdict.allowed()) {
        webinarbot.testing.RateWindow.Verdict workspace = workspacePosts.take();
        if (!workspace.allowed()) {
          channel.giveBack();
          verdict = workspace;
        }
      }
    } else if (TIER_3.contains(method)) {
      verdict =
          windows
              .computeIfAbsent(
                  method,
                  k ->
                      new webinarbot.testing.RateWindow(50, java.time.Duration.ofMinutes(1), clock))
              .take();
    } else {
      return null;
    }
    if (verdict.allowed()) {
      return null;
    }
    refused.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
    long seconds = Math.max(1, (verdict.resetAfter().toMillis() + 999) / 1000);
    return Failure.rateLimited((int) seconds);
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
        String channel = postedTo(p.get("channel"));
        channels
            .computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>())
            .add(
                new Posted(
                    channel,
                    ts,
                    p.get("text"),
                    p.get("blocks"),
                    p.get("metadata"),
                    p.get("thread_ts"),
                    List.of("1", "true").contains(String.valueOf(p.get("reply_broadcast"))),
                    java.time.Instant.now()));
        r.put("channel", channel).put("ts", ts);
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

  /**
   * Where a post lands: a user id ({@code U…}, {@code W…}) means the app's DM with that user, whose
   * id {@code conversations.open} would also answer ({@code D} and the user id).
   */
  private static String postedTo(String channel) {
    return channel != null && (channel.startsWith("U") || channel.startsWith("W"))
        ? "D" + channel
        : channel;
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
                    m.broadcast(),
                    m.at())
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
