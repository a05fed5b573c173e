package webinarbot.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import webinarbot.config.Settings;

/** Builds the JDA client from configuration: the only place that knows JDA's builder. */
final class DiscordConnection {
  private DiscordConnection() {}

  /**
   * Starts connecting and returns at once; {@code listeners} see the ready event.
   *
   * <p>The bot needs no privileged intents: it reads no member lists and no message content other
   * than its own. Guild data (channels, roles, its own member) comes with the always-on GUILDS
   * intent, which is all the permission checks and the scheduled events need.
   */
  static JDA open(Settings.Discord settings, String token, Object... listeners) {
    // Nothing the bot sends may ping anyone, whatever a page contains.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    JDABuilder builder =
        JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
            .disableCache(EnumSet.allOf(CacheFlag.class))
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setEnableShutdownHook(false)
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
            .addEventListeners(listeners);
    settings
        .gatewayUrl()
        .ifPresentOrElse(
            gateway ->
                builder
                    .setSessionController(new FixedGatewaySessionController(gateway))
                    .setCompression(Compression.NONE),
            () -> builder.setSessionController(new BackoffSessionController()));
    return builder.build();
  }
}
