package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.dv8tion.jda.api.Permission;

/**
 * The Discord the stand-in pretends to be: one server with an announcements channel, a channel the
 * bot may not see, and roles for moderators and webinar maintainers. Builds the JSON objects
 * Discord sends for them.
 */
public final class DiscordWorld {
  static final ObjectMapper JSON = new ObjectMapper();

  public static final String APPLICATION_ID = "1100000000000000001";
  public static final String BOT_ID = APPLICATION_ID;
  public static final String GUILD_ID = "1200000000000000001";
  public static final String OWNER_ID = "1400000000000000009";
  public static final String ANNOUNCEMENTS = "1300000000000000001";
  public static final String LOCKED = "1300000000000000002";
  public static final String NOT_A_CHANNEL = "1300000000000000099";
  public static final String BOT_ROLE = "1500000000000000001";
  public static final String MODERATORS_ROLE = "1500000000000000002";
  public static final String MAINTAINERS_ROLE = "1500000000000000003";
  public static final String COMMAND_ID = "1600000000000000001";

  private DiscordWorld() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode u = object().put("id", id).put("username", name).put("discriminator", "0");
    u.put("global_name", name).putNull("avatar").put("bot", bot).put("public_flags", 0);
    return u.put("flags", 0);
  }

  static ObjectNode botUser() {
    return user(BOT_ID, "webinar-bot", true).put("verified", true).put("mfa_enabled", false);
  }

  /** A member of the server with these roles; {@code permissions} is what Discord computed. */
  public static ObjectNode member(ObjectNode user, List<String> roles) {
    ObjectNode m = object();
    m.set("user", user);
    m.putNull("nick").putNull("avatar");
    ArrayNode r = m.putArray("roles");
    roles.forEach(r::add);
    m.put("joined_at", "2024-01-01T00:00:00.000000+00:00").putNull("premium_since");
    m.put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
    m.putNull("communication_disabled_until");
    long perms = rolePermissions(GUILD_ID);
    for (String role : roles) {
      perms |= rolePermissions(role);
    }
    return m.put("permissions", Long.toString(perms));
  }

  static long rolePermissions(String role) {
    return switch (role) {
      case GUILD_ID ->
          Permission.getRaw(
              Permission.VIEW_CHANNEL,
              Permission.MESSAGE_SEND,
              Permission.MESSAGE_EMBED_LINKS,
              Permission.MESSAGE_HISTORY,
              Permission.USE_APPLICATION_COMMANDS);
      case BOT_ROLE ->
          Permission.getRaw(Permission.MANAGE_EVENTS, Permission.CREATE_SCHEDULED_EVENTS);
      case MODERATORS_ROLE -> Permission.getRaw(Permission.MANAGE_SERVER);
      default -> 0L;
    };
  }

  private static ObjectNode role(String id, String name, int position) {
    ObjectNode r = object().put("id", id).put("name", name).put("color", 0);
    r.put("hoist", false).putNull("icon").putNull("unicode_emoji").put("position", position);
    r.put("permissions", Long.toString(rolePermissions(id))).put("managed", false);
    return r.put("mentionable", false).put("flags", 0);
  }

  private static ObjectNode textChannel(String id, String name, int position) {
    ObjectNode c = object().put("id", id).put("type", 0).put("guild_id", GUILD_ID);
    c.put("name", name).put("position", position).putNull("topic").put("nsfw", false);
    c.putNull("last_message_id").put("rate_limit_per_user", 0).putNull("parent_id");
    c.put("flags", 0).putArray("permission_overwrites");
    return c;
  }

  static ObjectNode guild() {
    ObjectNode g = object().put("id", GUILD_ID).put("name", "FD.io community");
    for (String nullKey :
        List.of(
            "icon",
            "splash",
            "discovery_splash",
            "afk_channel_id",
            "application_id",
            "system_channel_id",
            "rules_channel_id",
            "vanity_url_code",
            "description",
            "banner",
            "public_updates_channel_id",
            "safety_alerts_channel_id")) {
      g.putNull(nullKey);
    }
    g.put("owner_id", OWNER_ID).put("afk_timeout", 300).put("verification_level", 0);
    g.put("default_message_notifications", 0).put("explicit_content_filter", 0);
    g.put("mfa_level", 0).put("system_channel_flags", 0).put("max_members", 500000);
    g.put("premium_tier", 0).put("premium_subscription_count", 0);
    g.put("preferred_locale", "en-US").put("nsfw_level", 0);
    g.put("premium_progress_bar_enabled", false).put("large", false).put("unavailable", false);
    g.put("member_count", 4).put("joined_at", "2024-01-01T00:00:00.000000+00:00");
    ArrayNode roles = g.putArray("roles");
    roles.add(role(GUILD_ID, "@everyone", 0));
    roles.add(role(BOT_ROLE, "webinar-bot", 1));
    roles.add(role(MODERATORS_ROLE, "Moderators", 2));
    roles.add(role(MAINTAINERS_ROLE, "Webinar maintainers", 3));
    g.putArray("members").add(member(botUser(), List.of(BOT_ROLE)));
    ArrayNode channels = g.putArray("channels");
    channels.add(textChannel(ANNOUNCEMENTS, "announcements", 0));
    ObjectNode locked = textChannel(LOCKED, "staff-only", 1);
    ((ArrayNode) locked.get("permission_overwrites"))
        .addObject()
        .put("id", GUILD_ID)
        .put("type", 0)
        .put("allow", "0")
        .put("deny", Long.toString(Permission.getRaw(Permission.VIEW_CHANNEL)));
    channels.add(locked);
    for (String empty :
        List.of(
            "emojis",
            "features",
            "stickers",
            "voice_states",
            "threads",
            "presences",
            "stage_instances",
            "guild_scheduled_events",
            "soundboard_sounds")) {
      g.putArray(empty);
    }
    return g;
  }

  static ObjectNode ready(String resumeUrl) {
    ObjectNode d = object().put("v", 10);
    d.set("user", botUser());
    d.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
    d.put("session_id", "stand-in-session").put("resume_gateway_url", resumeUrl);
    d.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
    d.putArray("private_channels");
    d.putArray("relationships");
    d.putArray("presences");
    return d;
  }
}
