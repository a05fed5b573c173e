package webinarbot.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import webinarbot.domain.PostKind;
import webinarbot.testing.RecordingNotifier;

/**
 * A platform with threads, recording where each post went: at channel level or under a parent, and
 * whether a reply was also shown in the channel. Like Slack, the channel's history does not list
 * thread replies: a reply is found again only by looking in its thread.
 */
final class ThreadingNotifier implements Notifier {
  /** One message as the channel shows it; {@code parent} is empty at channel level. */
  record Placed(String id, PostKind kind, Optional<String> parent, boolean broadcast) {}

  record ReplyEdit(String threadId, String messageId, Post post) {}

  private final RecordingNotifier channel;
  private final boolean threads;
  private final boolean broadcasts;
  private final List<Placed> placed = Collections.synchronizedList(new ArrayList<>());
  private final List<ReplyEdit> replyEdits = Collections.synchronizedList(new ArrayList<>());
  private final List<String> threadsSearched = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean timeOutAfterNextPost = new AtomicBoolean();

  private ThreadingNotifier(
      String platform, String channelId, boolean threads, boolean broadcasts) {
    this.channel = new RecordingNotifier(platform, channelId);
    this.threads = threads;
    this.broadcasts = broadcasts;
  }

  /** Slack with {@code slack.threads = true}: replies can be broadcast. */
  static ThreadingNotifier slack(String channelId) {
    return new ThreadingNotifier("slack", channelId, true, true);
  }

  /**
   * Discord with {@code discord.threads = true}: a thread reply cannot also show in the channel.
   */
  static ThreadingNotifier discord(String channelId) {
    return new ThreadingNotifier("discord", channelId, true, false);
  }

  /** The same platform with threads off. */
  static ThreadingNotifier unthreaded(String platform, String channelId) {
    return new ThreadingNotifier(platform, channelId, false, true);
  }

  Target target() {
    return channel.target();
  }

  List<Placed> placed() {
    return List.copyOf(placed);
  }

  List<ReplyEdit> replyEdits() {
    return List.copyOf(replyEdits);
  }

  List<RecordingNotifier.Edit> channelEdits() {
    return channel.edits();
  }

  List<String> threadsSearched() {
    return List.copyOf(threadsSearched);
  }

  /** The next post gets through, but its answer is lost: the caller sees a timeout. */
  void timeOutAfterNextPost() {
    timeOutAfterNextPost.set(true);
  }

  @Override
  public String platform() {
    return channel.platform();
  }

  @Override
  public List<Target> targets() {
    return channel.targets();
  }

  @Override
  public boolean threads() {
    return threads;
  }

  @Override
  public boolean broadcastsReplies() {
    return broadcasts;
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    return place(target, post, deliveryKey, Optional.empty(), false);
  }

  @Override
  public String reply(
      Target target, String parentId, boolean broadcast, Post post, String deliveryKey)
      throws DeliveryException {
    return place(target, post, deliveryKey, Optional.of(parentId), broadcast);
  }

  private String place(
      Target target, Post post, String key, Optional<String> parent, boolean broadcast)
      throws DeliveryException {
    String id = channel.send(target, post, key);
    placed.add(new Placed(id, post.kind(), parent, broadcast));
    if (timeOutAfterNextPost.getAndSet(false)) {
      throw DeliveryException.transientFailure("read timed out", null);
    }
    return id;
  }

  @Override
  public void edit(Target target, String messageId, Post post) {
    channel.edit(target, messageId, post);
  }

  @Override
  public void editReply(Target target, String threadId, String messageId, Post post) {
    replyEdits.add(new ReplyEdit(threadId, messageId, post));
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) {
    return channel.findPosted(target, deliveryKey).filter(id -> inThread(id).isEmpty());
  }

  @Override
  public Optional<String> findReply(Target target, String parentId, String deliveryKey) {
    threadsSearched.add(parentId);
    return channel
        .findPosted(target, deliveryKey)
        .filter(id -> inThread(id).equals(Optional.of(parentId)));
  }

  private Optional<String> inThread(String id) {
    synchronized (placed) {
      return placed.stream().filter(p -> p.id().equals(id)).findFirst().flatMap(Placed::parent);
    }
  }
}
