package webinarbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;

/**
 * Posts through the bot's own gateway session when it runs alone. Until the first session is open
 * (Discord down or unreachable at start), posts fail as transient, so delivery retries them with
 * back-off instead of losing them.
 *
 * <p>Direct messages go through the REST notifier instead, as a cluster's do: a fan-out of
 * thousands is paced under Discord's global limit there ({@link RestLimits}), where JDA's requests
 * (run as {@code complete(false)}) would go out as fast as the lanes send them and learn the limit
 * from 429s, which Discord counts against the bot. They need no gateway either.
 */
final class SessionNotifier implements Notifier {
  private final Supplier<Optional<DiscordSession>> session;
  private final List<String> channels;
  private final List<Target> targets;
  private final RestCalls calls;
  private final RestDiscordNotifier rest;
  private final boolean threads;
  private final DiscordPosts posts;
  private DiscordSession notifierFor;
  private DiscordNotifier current;

  /**
   * @param rest the REST notifier: direct messages, and with {@code discord.threads} ({@code
   *     threads}) the threads it starts and the replies it posts, edits and finds in them, which
   *     JDA would only reach through its thread cache
   * @param posts how posts are composed: with the calendar links {@code http.public_url} allows
   */
  SessionNotifier(
      Supplier<Optional<DiscordSession>> session,
      List<String> channels,
      RestCalls calls,
      RestDiscordNotifier rest,
      boolean threads,
      DiscordPosts posts) {
    this.posts = posts;
    this.rest = rest;
    this.threads = threads;
    this.session = session;
    this.channels = List.copyOf(channels);
    this.targets = channels.stream().map(c -> new Target(DiscordNotifier.PLATFORM, c)).toList();
    this.calls = calls;
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
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    return to(target).send(target, post, deliveryKey);
  }

  @Override
  public void edit(Target target, String messageId, Post post) throws DeliveryException {
    to(target).edit(target, messageId, post);
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    return to(target).findPosted(target, deliveryKey);
  }

  @Override
  public boolean threads() {
    return threads;
  }

  @Override
  public boolean broadcastsReplies() {
    return false;
  }

  @Override
  public String reply(
      Target target, String parentId, boolean broadcast, Post post, String deliveryKey)
      throws DeliveryException {
    return threadNotifier().reply(target, parentId, broadcast, post, deliveryKey);
  }

  @Override
  public void editReply(Target target, String threadId, String messageId, Post post)
      throws DeliveryException {
    threadNotifier().editReply(target, threadId, messageId, post);
  }

  @Override
  public Optional<String> findReply(Target target, String parentId, String deliveryKey)
      throws DeliveryException {
    return threadNotifier().findReply(target, parentId, deliveryKey);
  }

  private RestDiscordNotifier threadNotifier() {
    if (!threads) {
      throw new IllegalStateException("discord.threads is off");
    }
    return rest;
  }

  private Notifier to(Target target) throws DeliveryException {
    return Subscriber.userOf(target).isPresent() ? rest : current(target);
  }

  private synchronized DiscordNotifier current(Target target) throws DeliveryException {
    DiscordSession s =
        session
            .get()
            .orElseThrow(
                () ->
                    DeliveryException.transientFailure(
                        "post to " + target + ": not connected to Discord yet", null));
    if (s != notifierFor) {
      current = new DiscordNotifier(s.jda(), s.readiness(), channels, calls, posts);
      notifierFor = s;
    }
    return current;
  }
}
