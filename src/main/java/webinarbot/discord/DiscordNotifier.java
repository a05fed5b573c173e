package webinarbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;

/**
 * Posts and edits webinar messages in the configured Discord channels. Every call blocks the
 * delivery thread for at most the request timeout and never queues behind a rate limit: a 429 comes
 * back at once as {@link DeliveryException.Kind#RATE_LIMITED} with Discord's wait, so the delivery
 * service decides when to try again and other targets are not held up.
 */
public final class DiscordNotifier implements Notifier {
  static final String PLATFORM = "discord";
  private static final Logger LOG = LoggerFactory.getLogger(DiscordNotifier.class);
  private static final int SCANNED_MESSAGES = 50;

  private final JDA jda;
  private final Readiness readiness;
  private final List<Target> targets;
  private final RestCalls calls;
  private final DiscordPosts posts;

  DiscordNotifier(JDA jda, Readiness readiness, List<String> channels, RestCalls calls) {
    this(jda, readiness, channels, calls, DiscordPosts.GOOGLE_ONLY);
  }

  DiscordNotifier(
      JDA jda, Readiness readiness, List<String> channels, RestCalls calls, DiscordPosts posts) {
    this.posts = posts;
    this.jda = jda;
    this.readiness = readiness;
    this.targets = channels.stream().map(c -> new Target(PLATFORM, c)).toList();
    this.calls = calls;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    MessageChannel channel = channel(target);
    DiscordMessage message = posts.compose(post).marked(DeliveryMarker.invisible(deliveryKey));
    Message sent =
        call(
            () ->
                channel
                    .sendMessage(message.toCreateData())
                    .setNonce(DeliveryMarker.nonce(deliveryKey)),
            "post to " + target);
    return sent.getId();
  }

  @Override
  public void edit(Target target, String messageId, Post post) throws DeliveryException {
    MessageChannel channel = channel(target);
    call(
        () -> channel.editMessageById(messageId, posts.compose(post).toEditData()),
        "edit message " + messageId + " in " + target);
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    MessageChannel channel = channel(target);
    List<Message> recent;
    try {
      recent = call(() -> channel.getHistory().retrievePast(SCANNED_MESSAGES), "read " + target);
    } catch (DeliveryException e) {
      if (e.getCause() instanceof InsufficientPermissionException) {
        LOG.warn("Cannot look for an earlier post in {}: {}", target, e.getMessage());
        return Optional.empty();
      }
      throw e;
    }
    long self = jda.getSelfUser().getIdLong();
    return recent.stream()
        .filter(m -> m.getAuthor().getIdLong() == self)
        .filter(m -> DeliveryMarker.carries(m.getContentRaw(), deliveryKey))
        .map(Message::getId)
        .findFirst();
  }

  /** A configured channel, or for a direct message ({@code discord:@USER}) the DM with the user. */
  private MessageChannel channel(Target target) throws DeliveryException {
    Optional<String> user = Subscriber.userOf(target);
    if (user.isEmpty()) {
      return guildChannel(target);
    }
    if (!readiness.await(calls.timeout())) {
      throw DeliveryException.transientFailure(
          "post to " + target + ": not connected to Discord yet", null);
    }
    return call(() -> jda.openPrivateChannelById(user.get()), "open a DM with " + target);
  }

  private GuildMessageChannel guildChannel(Target target) throws DeliveryException {
    if (!readiness.await(calls.timeout())) {
      throw DeliveryException.transientFailure(
          "post to " + target + ": not connected to Discord yet", null);
    }
    GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, target.channel());
    if (channel == null) {
      throw DeliveryException.permanent(
          "post to "
              + target
              + ": unknown channel, or the bot is not a member of its server; check"
              + " discord.channels and the invite");
    }
    return channel;
  }

  private <T> T call(Supplier<RestAction<T>> action, String doing) throws DeliveryException {
    return calls.complete(action, doing);
  }
}
