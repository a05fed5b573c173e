package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Guild scheduled events as Discord keeps them: created, read, edited and deleted by id. */
final class StandInEvents {
  private static final String ONE = "guilds/(\\d+)/scheduled-events/(\\d+)";
  private final Map<String, ObjectNode> byId = new ConcurrentHashMap<>();
  private final Map<String, java.util.SortedSet<String>> interested = new ConcurrentHashMap<>();

  void register(StandInRest rest) {
    rest.route("POST", "guilds/(\\d+)/scheduled-events", (m, r) -> create(m.group(1), r.body()));
    rest.route("GET", ONE, (m, r) -> get(m.group(2)));
    rest.route("GET", ONE + "/users", (m, r) -> users(m.group(1), m.group(2), r.query()));
    rest.route("PATCH", ONE, (m, r) -> edit(m.group(2), r.body()));
    rest.route("DELETE", ONE, (m, r) -> delete(m.group(2)));
  }

  private Answer create(String guild, JsonNode body) {
    Optional<String> refused = RecurrenceRules.refusal(body);
    if (refused.isPresent()) {
      return Answer.error(400, 50035, "Invalid Form Body: recurrence_rule: " + refused.get());
    }
    ObjectNode e = DiscordWorld.object().put("id", Snowflakes.next()).put("guild_id", guild);
    e.putNull("channel_id").put("creator_id", DiscordWorld.BOT_ID);
    e.set("creator", DiscordWorld.botUser());
    e.put("privacy_level", 2).put("status", 1).putNull("entity_id").put("user_count", 0);
    e.putNull("image");
    apply(e, body);
    byId.put(e.get("id").asText(), e);
    return Answer.ok(e);
  }

  private static void apply(ObjectNode event, JsonNode body) {
    body.properties()
        .forEach(
            f -> {
              if (f.getKey().equals("image")) {
                // Discord stores an uploaded image and answers with its hash.
                event.put("image", f.getValue().isNull() ? null : "hash" + f.getValue().hashCode());
                event.put("image_data", f.getValue().asText(null));
              } else {
                event.set(f.getKey(), f.getValue());
              }
            });
  }

  private Answer get(String id) {
    ObjectNode e = byId.get(id);
    return e == null ? unknown() : Answer.ok(e);
  }

  private Answer edit(String id, JsonNode body) {
    ObjectNode e = byId.get(id);
    if (e == null) {
      return unknown();
    }
    Optional<String> refused = RecurrenceRules.refusal(body);
    if (refused.isPresent()) {
      return Answer.error(400, 50035, "Invalid Form Body: recurrence_rule: " + refused.get());
    }
    apply(e, body);
    return Answer.ok(e);
  }

  private Answer delete(String id) {
    return byId.remove(id) == null ? unknown() : Answer.noContent();
  }

  private static Answer unknown() {
    return Answer.error(404, 10070, "Unknown Guild Scheduled Event");
  }

  /**
   * {@code GET …/scheduled-events/{id}/users}: the people marked "Interested", by ascending user id
   * after {@code after}, at most {@code limit} (100) a page, each with its member object when
   * {@code with_member=true}, as Discord pages them.
   */
  private Answer users(String guild, String id, String query) {
    if (!byId.containsKey(id)) {
      return unknown();
    }
    Map<String, String> q = webinarbot.testing.slack.Forms.parse(query == null ? "" : query);
    int limit = Math.min(100, Integer.parseInt(q.getOrDefault("limit", "100")));
    String after = q.getOrDefault("after", "0");
    com.fasterxml.jackson.databind.node.ArrayNode page = DiscordWorld.JSON.createArrayNode();
    interested.getOrDefault(id, new java.util.TreeSet<>()).stream()
        .filter(u -> Long.parseUnsignedLong(u) > Long.parseUnsignedLong(after))
        .limit(limit)
        .forEach(
            u -> {
              ObjectNode user = DiscordWorld.user(u, "user" + u, false);
              ObjectNode entry = page.addObject().put("guild_scheduled_event_id", id);
              entry.set("user", user);
              if ("true".equals(q.get("with_member"))) {
                entry.set("member", DiscordWorld.member(user, List.of()).without("user"));
              }
            });
    return Answer.ok(page);
  }

  /** People click "Interested" on the event in Discord. */
  void interested(String eventId, String... userIds) {
    interested
        .computeIfAbsent(eventId, e -> new java.util.concurrent.ConcurrentSkipListSet<>())
        .addAll(List.of(userIds));
  }

  Optional<ObjectNode> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<ObjectNode> all() {
    return List.copyOf(byId.values());
  }

  /** Someone deleted the event by hand in Discord. */
  void deleteByHand(String id) {
    byId.remove(id);
  }

  void clear() {
    byId.clear();
    interested.clear();
  }
}
