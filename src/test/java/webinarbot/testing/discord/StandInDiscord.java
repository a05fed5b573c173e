package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A local Discord: REST API and gateway over real sockets, enough for a real JDA to log in, take
 * slash commands, post and edit messages and manage scheduled events. Tests look at what it was
 * sent through {@link #requests()}.
 */
public final class StandInDiscord implements AutoCloseable {
  private final StandInRest rest;
  private final StandInGateway gateway = new StandInGateway();
  private final StandInMessages messages = new StandInMessages();
  private final StandInEvents events = new StandInEvents();
  private final URI apiUrl;
  private final URI gatewayUrl;
  private volatile JsonNode registered;

  public StandInDiscord() throws IOException {
    rest = new StandInRest();
    rest.route("GET", "users/@me", (m, r) -> Answer.ok(DiscordWorld.botUser()));
    rest.route("PUT", "applications/(\\d+)/commands", (m, r) -> register(r.body()));
    rest.route("POST", "interactions/(\\d+)/([^/]+)/callback", (m, r) -> Answer.noContent());
    rest.route("POST", "webhooks/(\\d+)/([^/]+)", (m, r) -> followUp(r.body()));
    rest.route("PATCH", "webhooks/(\\d+)/([^/]+)/messages/@original", (m, r) -> followUp(r.body()));
    rest.route(
        "DELETE", "webhooks/(\\d+)/([^/]+)/messages/@original", (m, r) -> Answer.noContent());
    rest.route("POST", "users/@me/channels", (m, r) -> openDirectMessage(r.body()));
    messages.register(rest);
    events.register(rest);
    apiUrl = rest.begin();
    gatewayUrl = gateway.begin();
  }

  /** The DM channel with a user, as {@code POST users/@me/channels} answers it. */
  private Answer openDirectMessage(JsonNode body) {
    String user = body.path("recipient_id").asText();
    ObjectNode channel =
        DiscordWorld.object().put("id", directChannel(user)).put("type", 1).put("flags", 0);
    channel.putNull("last_message_id");
    channel
        .putArray("recipients")
        .add(
            DiscordWorld.object()
                .put("id", user)
                .put("username", "u" + user)
                .put("discriminator", "0000")
                .putNull("avatar")
                .putNull("global_name"));
    return Answer.ok(channel);
  }

  /** The id of the DM channel with {@code userId}: the user's id with a 9 in front. */
  public static String directChannel(String userId) {
    return "9" + userId;
  }

  /** The messages the bot sent {@code userId} in a direct message. */
  public List<ObjectNode> directMessages(String userId) {
    return messagesIn(directChannel(userId));
  }

  /** {@code userId} accepts no direct messages from the bot: Discord answers 50007. */
  public void closeDirectMessages(String userId) {
    messages.refuse(
        directChannel(userId), Answer.error(403, 50007, "Cannot send messages to this user"));
  }

  /** For {@code discord.api_url}. */
  public URI apiUrl() {
    return apiUrl;
  }

  /** For {@code discord.gateway_url}. */
  public URI gatewayUrl() {
    return gatewayUrl;
  }

  public List<RecordedRequest> requests() {
    return rest.requests();
  }

  /**
   * From now on requests over Discord's documented rate limits (global 50/s; 5 messages per 5 s per
   * channel) are refused with a 429, and limited routes carry their bucket headers.
   */
  public void enforceRateLimits() {
    enforceRateLimits(java.time.Clock.systemUTC());
  }

  public void enforceRateLimits(java.time.Clock clock) {
    rest.enforceRateLimits(clock);
  }

  /** Requests the rate limits refused (not among {@link #requests()}). */
  public List<RecordedRequest> refused() {
    return rest.refused();
  }

  public List<RecordedRequest> requests(String method, String pathRegex) {
    return requests().stream().filter(r -> r.is(method, pathRegex)).toList();
  }

  public Optional<RecordedRequest> last(Predicate<RecordedRequest> which) {
    List<RecordedRequest> matching = requests().stream().filter(which).toList();
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
  }

  /** Waits for JDA to make a matching request and returns the latest such request. */
  public RecordedRequest await(String method, String pathRegex) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> last(r -> r.is(method, pathRegex)), Optional::isPresent)
        .orElseThrow();
  }

  /** The last global command list the bot registered (kept across {@link #reset}). */
  public Optional<JsonNode> registeredCommands() {
    return Optional.ofNullable(registered);
  }

  /**
   * Sends an interaction and waits for the bot to answer it: the callback, then the message that
   * replaces "thinking…" or a follow-up. Returns every request made with the interaction's token.
   */
  public List<RecordedRequest> exchange(ObjectNode interaction) {
    String token = interaction.get("token").asText();
    interact(interaction);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                requests().stream()
                    .anyMatch(
                        r ->
                            r.path().contains(token)
                                && (r.method().equals("PATCH")
                                    || r.is("POST", "webhooks/.*")
                                    || r.body().path("type").asInt() == 8)));
    return requests().stream().filter(r -> r.path().contains(token)).toList();
  }

  /** What JDA sent over the gateway. */
  public List<JsonNode> gatewayFrames() {
    return gateway.received();
  }

  /** Gateway sessions open now (identified and not closed). */
  public int openGatewaySessions() {
    return gateway.openSessions();
  }

  /** How many times a client identified: one per session ever started. */
  public int gatewayIdentifies() {
    return gateway.identifies();
  }

  /** The most gateway sessions that were open at the same moment. */
  public int mostGatewaySessionsAtOnce() {
    return gateway.mostSessionsAtOnce();
  }

  /** Calls {@code listener} with each REST request as it arrives: for timing in benchmarks. */
  public void onRequest(java.util.function.Consumer<RecordedRequest> listener) {
    rest.listen(listener);
  }

  /** The next request matching method and path regex gets this answer. */
  public void failNext(String method, String pathRegex, Answer answer) {
    rest.failNext(method, pathRegex, answer, 1);
  }

  /** The next {@code times} matching requests get this answer. */
  public void failNext(String method, String pathRegex, Answer answer, int times) {
    rest.failNext(method, pathRegex, answer, times);
  }

  /** Pushes an INTERACTION_CREATE to the bot. */
  public void interact(ObjectNode interaction) {
    gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  public List<ObjectNode> messagesIn(String channel) {
    return messages.in(channel);
  }

  /** The thread started from message {@code id}, if one was. */
  public Optional<ObjectNode> thread(String id) {
    return messages.thread(id);
  }

  public Optional<ObjectNode> message(String id) {
    return messages.find(id);
  }

  public void postAsSomeoneElse(String channel, String content) {
    messages.postAsSomeoneElse(channel, content);
  }

  public List<ObjectNode> scheduledEvents() {
    return events.all();
  }

  public Optional<ObjectNode> scheduledEvent(String id) {
    return events.find(id);
  }

  /** Members mark themselves "Interested" on the scheduled event {@code eventId}. */
  public void markInterested(String eventId, String... userIds) {
    events.interested(eventId, userIds);
  }

  public void deleteScheduledEventByHand(String id) {
    events.deleteByHand(id);
  }

  /** Forgets recorded requests, faults, messages and events, for the next test. */
  public void reset() {
    rest.forget();
    messages.clear();
    events.clear();
  }

  private Answer register(JsonNode body) {
    registered = body;
    return commands(body);
  }

  private static Answer commands(JsonNode body) {
    ArrayNode out = DiscordWorld.JSON.createArrayNode();
    for (JsonNode c : body) {
      ObjectNode command = ((ObjectNode) c.deepCopy()).put("id", DiscordWorld.COMMAND_ID);
      command.put("application_id", DiscordWorld.APPLICATION_ID).put("version", "1");
      command.put("type", c.path("type").asInt(1));
      out.add(command);
    }
    return Answer.ok(out);
  }

  private static Answer followUp(JsonNode body) {
    ObjectNode message =
        StandInMessages.message(DiscordWorld.ANNOUNCEMENTS, body, DiscordWorld.botUser());
    message.put("webhook_id", DiscordWorld.APPLICATION_ID);
    message.put("application_id", DiscordWorld.APPLICATION_ID);
    return Answer.ok(message);
  }

  @Override
  public void close() throws Exception {
    rest.close();
    gateway.stop(1000);
  }
}
