package webinarbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;

/**
 * Posts to Slack channels with the synchronous Web API client: {@code chat.postMessage} (the
 * message {@code ts} is the id), {@code chat.update} for edits. Each post carries its delivery key
 * in message metadata, so a delivery that crashed before the ledger write can find its post again
 * in {@code conversations.history}.
 */
public final class SlackNotifier implements Notifier {
  /** The metadata event type our posts carry. */
  static final String METADATA_EVENT = "webinar_bot_post";

  static final String METADATA_KEY = "delivery_key";

  /** How far back {@link #findPosted} looks: a crashed delivery is retried within minutes. */
  static final int HISTORY_LIMIT = 200;

  private final MethodsClient client;
  private final List<Target> targets;
  private final SlackRenderer renderer;
  private final boolean threads;
  private final Map<String, String> directChannels = new ConcurrentHashMap<>();

  /** Every post at channel level. */
  public SlackNotifier(MethodsClient client, List<String> channels, SlackRenderer renderer) {
    this(client, channels, renderer, false);
  }

  /**
   * @param threads {@code slack.threads}: later posts about a talk reply in its first post's thread
   */
  public SlackNotifier(
      MethodsClient client, List<String> channels, SlackRenderer renderer, boolean threads) {
    this.client = client;
    this.targets = channels.stream().map(c -> new Target(SlackRenderer.PLATFORM, c)).toList();
    this.renderer = renderer;
    this.threads = threads;
  }

  @Override
  public boolean threads() {
    return threads;
  }

  @Override
  public String platform() {
    return SlackRenderer.PLATFORM;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    return post(target, post, deliveryKey, null, false);
  }

  /**
   * A reply: {@code thread_ts} names the parent, {@code reply_broadcast} shows it in the channel.
   */
  @Override
  public String reply(
      Target target, String parentId, boolean broadcast, Post post, String deliveryKey)
      throws DeliveryException {
    return post(target, post, deliveryKey, parentId, broadcast);
  }

  private String post(
      Target target, Post post, String deliveryKey, String threadTs, boolean broadcast)
      throws DeliveryException {
    SlackMessage m = renderer.message(post);
    Message.Metadata metadata =
        Message.Metadata.builder()
            .eventType(METADATA_EVENT)
            .eventPayload(Map.of(METADATA_KEY, deliveryKey))
            .build();
    String channel = postingChannelOf(target);
    var posted =
        SlackCalls.call(
            "chat.postMessage",
            channel,
            () ->
                client.chatPostMessage(
                    r -> {
                      r.channel(channel)
                          .text(m.text())
                          .blocksAsString(m.blocksJson())
                          .linkNames(false)
                          .unfurlLinks(false)
                          .unfurlMedia(false)
                          .metadata(metadata);
                      if (threadTs != null) {
                        r.threadTs(threadTs).replyBroadcast(broadcast);
                      }
                      return r;
                    }));
    Subscriber.userOf(target)
        .filter(u -> posted.getChannel() != null)
        .ifPresent(u -> directChannels.putIfAbsent(u, posted.getChannel()));
    return posted.getTs();
  }

  /**
   * Where a post goes: a channel as named; a direct message to the user's id itself, which Slack
   * delivers into the app's DM with them and answers with that DM's id. Posting to the user saves a
   * {@code conversations.open} per subscriber, a Tier 3 method (50 a minute) that would make a
   * fan-out to thousands of subscribers take hours.
   */
  private String postingChannelOf(Target target) {
    Optional<String> user = Subscriber.userOf(target);
    if (user.isEmpty()) {
      return target.channel();
    }
    return directChannels.getOrDefault(user.get(), user.get());
  }

  /**
   * The channel a target names; for a direct message ({@code slack:@USER}) the app's DM with that
   * user, as the last post answered or else opened ({@code conversations.open}, scope {@code
   * im:write}; only a look-up after a crash needs it), remembered.
   */
  private String channelOf(Target target) throws DeliveryException {
    Optional<String> user = Subscriber.userOf(target);
    if (user.isEmpty()) {
      return target.channel();
    }
    String known = directChannels.get(user.get());
    if (known != null) {
      return known;
    }
    String id =
        SlackCalls.call(
                "conversations.open",
                target.channel(),
                () -> client.conversationsOpen(r -> r.users(List.of(user.get()))))
            .getChannel()
            .getId();
    directChannels.put(user.get(), id);
    return id;
  }

  @Override
  public void edit(Target target, String messageId, Post post) throws DeliveryException {
    SlackMessage m = renderer.message(post);
    SlackCalls.call(
        "chat.update",
        target.channel(),
        () ->
            client.chatUpdate(
                r ->
                    r.channel(target.channel())
                        .ts(messageId)
                        .text(m.text())
                        .blocksAsString(m.blocksJson())
                        .linkNames(false)));
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    String channel = channelOf(target);
    var history =
        SlackCalls.call(
            "conversations.history",
            channel,
            () ->
                client.conversationsHistory(
                    r -> r.channel(channel).includeAllMetadata(true).limit(HISTORY_LIMIT)));
    if (history.getMessages() == null) {
      return Optional.empty();
    }
    return history.getMessages().stream()
        .filter(m -> carries(m, deliveryKey))
        .map(Message::getTs)
        .findFirst();
  }

  /** A reply is not in the channel's history: it is looked for in its thread. */
  @Override
  public Optional<String> findReply(Target target, String parentId, String deliveryKey)
      throws DeliveryException {
    var replies =
        SlackCalls.call(
            "conversations.replies",
            target.channel(),
            () ->
                client.conversationsReplies(
                    r ->
                        r.channel(target.channel())
                            .ts(parentId)
                            .includeAllMetadata(true)
                            .limit(HISTORY_LIMIT)));
    if (replies.getMessages() == null) {
      return Optional.empty();
    }
    return replies.getMessages().stream()
        .filter(m -> carries(m, deliveryKey))
        .map(Message::getTs)
        .findFirst();
  }

  private static boolean carries(Message m, String deliveryKey) {
    Message.Metadata md = m.getMetadata();
    return md != null
        && METADATA_EVENT.equals(md.getEventType())
        && md.getEventPayload() != null
        && Objects.equals(deliveryKey, md.getEventPayload().get(METADATA_KEY));
  }
}
