package webinarbot.delivery;

import java.util.List;
import java.util.Optional;

/**
 * The port every chat platform implements. Calls are synchronous and made from delivery threads;
 * retries, rate-limit waits and the ledger are the caller's business, not the notifier's.
 */
public interface Notifier {
  /** {@code slack}, {@code discord} or {@code console}: the platform part of every target. */
  String platform();

  /** The channels this notifier posts to, from configuration. */
  List<Target> targets();

  /**
   * Posts a new message and returns the platform's id for it (Slack {@code ts}, Discord message
   * id), which the ledger keeps so the message can be edited later.
   *
   * @param deliveryKey unique per (webinar, kind, target, revision); platforms that can attach it
   *     to the message (Slack metadata, Discord nonce) use it to find the post again after a crash
   */
  String send(Target target, Post post, String deliveryKey) throws DeliveryException;

  /** Replaces an earlier message in place so it no longer shows stale details. */
  void edit(Target target, String messageId, Post post) throws DeliveryException;

  /**
   * Looks for a message already posted under {@code deliveryKey}, for a delivery that crashed
   * between the post and the ledger write. Platforms that cannot tell return empty.
   */
  default Optional<String> findPosted(Target target, String deliveryKey) throws DeliveryException {
    return Optional.empty();
  }

  /**
   * True when later posts about a talk are replies in the thread its first post opened ({@code
   * slack.threads}, {@code discord.threads}).
   */
  default boolean threads() {
    return false;
  }

  /**
   * Posts a reply in the thread of {@code parentId} and returns its id, as {@link #send} does.
   *
   * @param broadcast also show the reply in the channel (Slack {@code reply_broadcast})
   */
  default String reply(
      Target target, String parentId, boolean broadcast, Post post, String deliveryKey)
      throws DeliveryException {
    return send(target, post, deliveryKey);
  }

  /**
   * True when a reply can also show in the channel (Slack {@code reply_broadcast}); where it cannot
   * (Discord), a post that must be seen in the channel is posted there instead of in the thread.
   */
  default boolean broadcastsReplies() {
    return true;
  }

  /** {@link #edit} for a reply, which lives in the thread of {@code threadId}. */
  default void editReply(Target target, String threadId, String messageId, Post post)
      throws DeliveryException {
    edit(target, messageId, post);
  }

  /** {@link #findPosted} for a reply: looks in the thread of {@code parentId}. */
  default Optional<String> findReply(Target target, String parentId, String deliveryKey)
      throws DeliveryException {
    return findPosted(target, deliveryKey);
  }
}
