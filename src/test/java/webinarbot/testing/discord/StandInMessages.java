package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channel messages as Discord keeps them: created, edited in place, listed newest first, and
 * deduplicated by nonce when {@code enforce_nonce} is set, as Discord does for a few minutes.
 */
final class StandInMessages {
  private final Map<String, List<ObjectNode>> byChannel = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> byNonce = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();

  void register(StandInRest rest) {
    rest.route("POST", "channels/(\\d+)/messages", (m, r) -> create(m.group(1), r.body()));
    rest.route("PATCH", "channels/(\\d+)/messages/(\\d+)", (m, r) -> edit(m.group(2), r.body()));
    rest.route("GET", "channels/(\\d+)/messages", (m, r) -> list(m.group(1)));
    rest.route(
        "POST",
        "channels/(\\d+)/messages/(\\d+)/threads",
        (m, r) -> startThread(m.group(1), m.group(2), r.body()));
  }

  /** A public thread started from a message: it has the message's id, as on Discord. */
  synchronized Answer startThread(String channel, String messageId, JsonNode body) {
    if (find(messageId).isEmpty()) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    if (threads.containsKey(messageId)) {
      return Answer.error(400, 160004, "A thread has already been created for this message");
    }
    ObjectNode thread =
        DiscordWorld.object()
            .put("id", messageId)
            .put("type", 11)
            .put("parent_id", channel)
            .put("name", body.path("name").asText(""))
            .put("owner_id", DiscordWorld.botUser().path("id").asText());
    threads.put(messageId, thread);
    return Answer.ok(thread);
  }

  synchronized Optional<ObjectNode> thread(String id) {
    return Optional.ofNullable(threads.get(id));
  }

  private final Map<String, Answer> refusals = new ConcurrentHashMap<>();

  /** Every post to {@code channel} gets {@code answer} instead. */
  void refuse(String channel, Answer answer) {
    refusals.put(channel, answer);
  }

  synchronized Answer create(String channel, JsonNode body) {
    if (refusals.containsKey(channel)) {
      return refusals.get(channel);
    }
    String nonce = body.path("nonce").asText("");
    if (body.path("enforce_nonce").asBoolean() && byNonce.containsKey(nonce)) {
      return Answer.ok(byNonce.get(nonce));
    }
    ObjectNode message = message(channel, body, DiscordWorld.botUser());
    byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
    if (!nonce.isEmpty()) {
      byNonce.put(nonce, message);
      message.put("nonce", nonce);
    }
    return Answer.ok(message);
  }

  static ObjectNode message(String channel, JsonNode body, ObjectNode author) {
    ObjectNode m = DiscordWorld.object().put("id", Snowflakes.next()).put("channel_id", channel);
    m.set("author", author);
    m.put("content", body.path("content").asText(""));
    m.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString()).putNull("edited_timestamp");
    m.put("tts", false).put("mention_everyone", false).put("pinned", false).put("type", 0);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.set("embeds", stored(body.path("embeds")));
    m.set(
        "components",
        body.has("components") ? body.get("components") : DiscordWorld.JSON.createArrayNode());
    return m.put("flags", body.path("flags").asInt(0));
  }

  /** Embeds as Discord stores them: every embed sent by a bot is of type "rich". */
  private static ArrayNode stored(JsonNode embeds) {
    ArrayNode out = DiscordWorld.JSON.createArrayNode();
    for (JsonNode e : embeds) {
      out.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
    }
    return out;
  }

  synchronized Answer edit(String id, JsonNode body) {
    Optional<ObjectNode> found = find(id);
    if (found.isEmpty()) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    ObjectNode m = found.get();
    for (String field : List.of("content", "components")) {
      if (body.has(field)) {
        m.set(field, body.get(field));
      }
    }
    if (body.has("embeds")) {
      m.set("embeds", stored(body.get("embeds")));
    }
    m.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    return Answer.ok(m);
  }

  synchronized Answer list(String channel) {
    ArrayNode out = DiscordWorld.JSON.createArrayNode();
    List<ObjectNode> all = byChannel.getOrDefault(channel, List.of());
    for (int i = all.size() - 1; i >= 0; i--) {
      out.add(all.get(i));
    }
    return Answer.ok(out);
  }

  synchronized Optional<ObjectNode> find(String id) {
    return byChannel.values().stream()
        .flatMap(List::stream)
        .filter(m -> m.path("id").asText().equals(id))
        .findFirst();
  }

  synchronized List<ObjectNode> in(String channel) {
    return List.copyOf(byChannel.getOrDefault(channel, List.of()));
  }

  /** A message someone else posted, so scans have something to skip. */
  synchronized void postAsSomeoneElse(String channel, String content) {
    ObjectNode body = DiscordWorld.object().put("content", content);
    byChannel
        .computeIfAbsent(channel, c -> new ArrayList<>())
        .add(message(channel, body, DiscordWorld.user(DiscordWorld.OWNER_ID, "owner", false)));
  }

  synchronized void clear() {
    byChannel.clear();
    byNonce.clear();
    threads.clear();
  }
}
