package webinarbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;

/**
 * Posts through the bot's own gateway session when it runs alone. Until the first session is open
 * (Discord down or unreachable at start), posts fail as transient, so delivery retries them with
 * back-off instead of losing them.
 */
final class SessionNotifier implements Notifier {
  private final Supplier<Optional<DiscordSession>> session;
  private final List<String> channels;
  private final List<Target> targets;
  private final RestCalls calls;
  private final Optional<RestDiscordNotifier> threads;
  private final DiscordPosts posts;
  private DiscordSession notifierFor;
  private DiscordNotifier current;

  SessionNotifier(
      Supplier<Optional<DiscordSession>> session, List<String> channels, RestCalls calls) {
    this(session, channels, calls, Optional.empty(), DiscordPosts.GOOGLE_ONLY);
  }

  /**
   * @param threads with {@code discord.threads}: the REST notifier that starts threads and posts,
   *     edits and finds the replies in them, which JDA would only reach through its thread cache
   * @param posts how posts are composed: with the calendar links {@code http.public_url} allows
   */
  SessionNotifier(
      Supplier<Optional<DiscordSession>> session,
      List<String> channels,
      RestCalls calls,
      Optional<RestDiscordNotifier> threads,
      DiscordPosts posts) {
    this.posts = posts;
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
    return current(target).send(target, post, deliveryKey);
  }

  @Override
  public void edit(Target target, String messageId, Post post) throws DeliveryException {
    current(target).edit(target, messageId, post);
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    return current(target).findPosted(target, deliveryKey);
  }

  @Override
  public boolean threads() {
    return threads.isPresent();
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
    return threads.orElseThrow(() -> new IllegalStateException("discord.threads is off"));
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
