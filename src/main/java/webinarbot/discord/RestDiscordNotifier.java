package webinarbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;

/**
 * Posts and edits webinar messages through Discord's REST API alone, without a gateway session: how
 * every replica of a cluster delivers, whichever of them holds the gateway. The bodies are the ones
 * JDA would send (built by the same {@link DiscordPosts} and JDA's own serialisation, which {@code
 * preview} prints), with the same nonce and invisible marker, so {@link #findPosted} finds a post
 * made by either notifier.
 *
 * <p>Errors map as in {@link DeliveryErrors}: 429 waits for Discord's {@code retry_after}, 5xx and
 * timeouts are transient, any other answer (401 bad token, 403 missing access, 404 unknown channel)
 * is permanent. Requests keep within the rate limits before Discord refuses them ({@link
 * RestLimits}): a bucket that is used up is waited out, and requests are spaced under the global
 * limit.
 */
final class RestDiscordNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(RestDiscordNotifier.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SCANNED_MESSAGES = 50;

  /** Discord's "Cannot send messages to this user": their DMs are closed to the bot. */
  static final int CANNOT_MESSAGE_USER = 50007;

  private final URI api;
  private final String token;
  private final List<Target> targets;
  private final Duration timeout;
  private final HttpClient http;
  private final boolean threads;

  /** Threads known to exist: started here, or answered "already created". */
  private final java.util.Set<String> startedThreads =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final DiscordPosts posts;
  private final RestLimits limits;
  private volatile String selfId;
  private final Map<String, String> directChannels = new ConcurrentHashMap<>();

  /**
   * @param api {@code discord.api_url}, ending in a slash
   * @param threads {@code discord.threads}: later posts about a talk go to a thread started from
   *     its first post
   * @param posts how posts are composed: with the calendar links {@code http.public_url} allows
   * @param limits how requests keep within Discord's rate limits ({@link RestLimits#real()} but in
   *     tests that move time by hand)
   */
  RestDiscordNotifier(
      URI api,
      String token,
      List<String> channels,
      Duration timeout,
      boolean threads,
      DiscordPosts posts,
      RestLimits limits) {
    this.limits = limits;
    this.posts = posts;
    this.threads = threads;
    this.api = api;
    this.token = token;
    this.targets = channels.stream().map(c -> new Target(DiscordNotifier.PLATFORM, c)).toList();
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public String platform() {
    return DiscordNotifier.PLATFORM;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public boolean threads() {
    return threads;
  }

  /**
   * Discord has no "also send to channel" for thread messages: a post that must show in the channel
   * goes there instead of the thread.
   */
  @Override
  public boolean broadcastsReplies() {
    return false;
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    String doing = "post to " + target;
    return create(channelOf(target, doing), post, deliveryKey, doing);
  }

  /**
   * A message in the thread started from {@code parentId}: the thread is started on the first reply
   * (a thread started from a message has that message's id) and found on the next.
   */
  @Override
  public String reply(
      Target target, String parentId, boolean broadcast, Post post, String deliveryKey)
      throws DeliveryException {
    startThread(target, parentId, post);
    return create(
        parentId, post, deliveryKey, "reply in the thread of " + parentId + " in " + target);
  }

  @Override
  public void editReply(Target target, String threadId, String messageId, Post post)
      throws DeliveryException {
    edit(new Target(target.platform(), threadId), messageId, post);
  }

  @Override
  public Optional<String> findReply(Target target, String parentId, String deliveryKey)
      throws DeliveryException {
    try {
      return findPosted(new Target(target.platform(), parentId), deliveryKey);
    } catch (DeliveryException e) {
      if (e.getMessage().contains("HTTP 404")) {
        return Optional.empty(); // no thread yet: the reply was not posted
      }
      throw e;
    }
  }

  /** Code of "A thread has already been created for this message". */
  private static final int THREAD_EXISTS = 160004;

  private void startThread(Target target, String parentId, Post post) throws DeliveryException {
    if (startedThreads.contains(parentId)) {
      return;
    }
    if (startedThreads.size() > 10_000) {
      startedThreads.clear(); // a bound, not a cache policy: one extra call per thread after it
    }
    String title = post.render(a -> a.webinar().title(), d -> "Webinars");
    String name = title.length() <= 100 ? title : title.substring(0, 99) + "…";
    DataObject body = DataObject.empty().put("name", name).put("auto_archive_duration", 10080);
    try {
      call(
          "POST",
          "channels/" + target.channel() + "/messages/" + parentId + "/threads",
          body,
          "start a thread from " + parentId + " in " + target);
    } catch (DeliveryException e) {
      if (!e.getMessage().contains("code " + THREAD_EXISTS + ",")) {
        throw e;
      }
    }
    startedThreads.add(parentId);
  }

  private String create(String channelId, Post post, String deliveryKey, String doing)
      throws DeliveryException {
    DiscordMessage message = posts.compose(post).marked(DeliveryMarker.invisible(deliveryKey));
    DataObject body;
    try (MessageCreateData data = message.toCreateData()) {
      body = data.toData();
    }
    // As JDA's MessageCreateAction: Discord answers a repeated nonce with the first message.
    body.put("enforce_nonce", true).put("nonce", DeliveryMarker.nonce(deliveryKey));
    JsonNode sent = call("POST", "channels/" + channelId + "/messages", body, doing);
    return sent.path("id").asText();
  }

  /**
   * The channel a target names; for a direct message ({@code discord:@USER}) the DM channel with
   * that user, opened once ({@code POST users/@me/channels}) and remembered.
   */
  private String channelOf(Target target, String doing) throws DeliveryException {
    Optional<String> user = Subscriber.userOf(target);
    if (user.isEmpty()) {
      return target.channel();
    }
    String known = directChannels.get(user.get());
    if (known != null) {
      return known;
    }
    DataObject body = DataObject.empty().put("recipient_id", user.get());
    String id = call("POST", "users/@me/channels", body, doing).path("id").asText();
    directChannels.put(user.get(), id);
    return id;
  }

  @Override
  public void edit(Target target, String messageId, Post post) throws DeliveryException {
    DataObject body;
    try (MessageEditData data = posts.compose(post).toEditData()) {
      body = data.toData();
    }
    call(
        "PATCH",
        "channels/" + target.channel() + "/messages/" + messageId,
        body,
        "edit message " + messageId + " in " + target);
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    String doing = "read " + target;
    JsonNode recent;
    try {
      recent =
          call(
              "GET",
              "channels/" + channelOf(target, doing) + "/messages?limit=" + SCANNED_MESSAGES,
              null,
              doing);
    } catch (DeliveryException e) {
      if (e.kind() == DeliveryException.Kind.PERMANENT && e.getMessage().contains("HTTP 403")) {
        LOG.warn("Cannot look for an earlier post in {}: {}", target, e.getMessage());
        return Optional.empty();
      }
      throw e;
    }
    String self = selfId(doing);
    for (JsonNode m : recent) {
      if (m.path("author").path("id").asText().equals(self)
          && DeliveryMarker.carries(m.path("content").asText(""), deliveryKey)) {
        return Optional.of(m.path("id").asText());
      }
    }
    return Optional.empty();
  }

  private String selfId(String doing) throws DeliveryException {
    String id = selfId;
    if (id == null) {
      id = call("GET", "users/@me", null, doing).path("id").asText();
      selfId = id;
    }
    return id;
  }

  private JsonNode call(String method, String path, DataObject body, String doing)
      throws DeliveryException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(timeout)
            .header("Authorization", "Bot " + token)
            .header("User-Agent", RestConfig.USER_AGENT);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toJson()));
    }
    HttpResponse<String> response;
    String route = RestLimits.route(method, path);
    try {
      limits.before(route);
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      limits.after(route, response.statusCode(), response.headers());
    } catch (IOException e) {
      throw DeliveryException.transientFailure(
          doing + ": no answer from Discord (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.transientFailure(doing + ": interrupted", e);
    }
    return RestAnswers.read(response, doing);
  }

  /** What Discord answered, or the delivery failure it means. */
  static final class RestAnswers {
    private RestAnswers() {}

    static JsonNode read(HttpResponse<String> response, String doing) throws DeliveryException {
      int status = response.statusCode();
      JsonNode body = parse(response.body());
      if (status >= 200 && status < 300) {
        return body;
      }
      if (status == 429) {
        double seconds =
            body.path("retry_after")
                .asDouble(
                    response
                        .headers()
                        .firstValue("Retry-After")
                        .map(RestAnswers::seconds)
                        .orElse(1.0));
        throw DeliveryException.rateLimited(
            doing + ": rate limited by Discord",
            Duration.ofMillis(Math.max(0, Math.round(seconds * 1000))));
      }
      String meaning = body.path("message").asText("no message");
      if (status >= 500) {
        throw DeliveryException.transientFailure(
            doing + ": Discord answered " + meaning + " (HTTP " + status + ")", null);
      }
      if (status == 401) {
        throw DeliveryException.permanent(doing + ": Discord rejected the bot token (HTTP 401)");
      }
      if (body.path("code").asInt() == CANNOT_MESSAGE_USER) {
        throw DeliveryException.permanent(
            doing + ": the user does not accept direct messages from the bot (code 50007)");
      }
      throw DeliveryException.permanent(
          doing
              + ": "
              + meaning
              + " (code "
              + body.path("code").asInt()
              + ", HTTP "
              + status
              + ")");
    }

    private static double seconds(String header) {
      try {
        return Double.parseDouble(header.strip());
      } catch (NumberFormatException e) {
        return 1.0;
      }
    }

    private static JsonNode parse(String text) {
      if (text == null || text.isBlank()) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        ObjectNode raw = JSON.createObjectNode();
        return raw.put("message", text.length() > 200 ? text.substring(0, 200) : text);
      }
    }
  }
}
