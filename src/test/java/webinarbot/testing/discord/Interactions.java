package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** INTERACTION_CREATE payloads for {@code /webinars}, as Discord sends them to a bot. */
public final class Interactions {
  private static final int APPLICATION_COMMAND = 2;
  private static final int AUTOCOMPLETE = 4;
  private static final int MESSAGE_COMPONENT = 3;
  private static final int BUTTON = 2;
  private static final int SUBCOMMAND = 1;
  private static final int STRING = 3;

  private Interactions() {}

  /** A server member with these roles (besides {@code @everyone}). */
  public static ObjectNode member(String userId, String... roles) {
    return DiscordWorld.member(DiscordWorld.user(userId, "user" + userId, false), List.of(roles));
  }

  /** {@code /webinars SUBCOMMAND option:value …} typed by {@code member}. */
  public static ObjectNode slash(
      String subcommand, Map<String, String> options, ObjectNode member) {
    ObjectNode sub = DiscordWorld.object().put("name", subcommand).put("type", SUBCOMMAND);
    ArrayNode values = sub.putArray("options");
    options.forEach(
        (name, value) ->
            values.addObject().put("name", name).put("type", STRING).put("value", value));
    return interaction(APPLICATION_COMMAND, sub, member);
  }

  /** The member is typing {@code typed} into option {@code option} of a subcommand. */
  public static ObjectNode autocomplete(
      String subcommand, String option, String typed, ObjectNode member) {
    ObjectNode sub = DiscordWorld.object().put("name", subcommand).put("type", SUBCOMMAND);
    sub.putArray("options")
        .addObject()
        .put("name", option)
        .put("type", STRING)
        .put("value", typed)
        .put("focused", true);
    return interaction(AUTOCOMPLETE, sub, member);
  }

  /**
   * {@code member} clicks the button {@code customId} under {@code message} (a message object the
   * bot posted, as the stand-in keeps it).
   */
  public static ObjectNode button(String customId, ObjectNode message, ObjectNode member) {
    ObjectNode i = interaction(MESSAGE_COMPONENT, DiscordWorld.object(), member);
    i.set("message", message);
    ObjectNode data = i.putObject("data");
    data.put("custom_id", customId).put("component_type", BUTTON);
    return i;
  }

  private static ObjectNode interaction(int type, ObjectNode subcommand, ObjectNode member) {
    ObjectNode i = DiscordWorld.object().put("id", Snowflakes.next());
    i.put("application_id", DiscordWorld.APPLICATION_ID).put("type", type);
    i.put("token", "token-" + i.get("id").asText()).put("version", 1);
    i.put("guild_id", DiscordWorld.GUILD_ID).put("channel_id", DiscordWorld.ANNOUNCEMENTS);
    ObjectNode guild = i.putObject("guild").put("id", DiscordWorld.GUILD_ID).put("locale", "en-US");
    guild.putArray("features");
    ObjectNode channel = i.putObject("channel").put("id", DiscordWorld.ANNOUNCEMENTS);
    channel.put("type", 0).put("guild_id", DiscordWorld.GUILD_ID).put("name", "announcements");
    channel.put("position", 0).put("nsfw", false).putNull("parent_id").put("flags", 0);
    channel.putArray("permission_overwrites");
    channel.put("permissions", member.get("permissions").asText());
    i.set("member", member);
    i.put("app_permissions", member.get("permissions").asText());
    i.put("locale", "en-US").put("guild_locale", "en-US").putArray("entitlements");
    i.putObject("authorizing_integration_owners").put("0", DiscordWorld.GUILD_ID);
    i.put("context", 0);
    ObjectNode data = i.putObject("data").put("id", DiscordWorld.COMMAND_ID);
    data.put("name", "webinars").put("type", 1);
    data.putArray("options").add(subcommand);
    return i;
  }

  /** The options map for a subcommand taking just an id. */
  public static Map<String, String> id(String id) {
    return Map.of("id", id);
  }
}
