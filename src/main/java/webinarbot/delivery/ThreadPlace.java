package webinarbot.delivery;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import webinarbot.domain.PostKind;

/**
 * Where in its channel a post goes when the platform threads ({@code slack.threads}, {@code
 * discord.threads}): the first post about a talk there opens its thread, and later ones reply under
 * it; "starting now" and a cancellation also show in the channel. A talk first posted while threads
 * were off has no thread and stays at channel level, so a conversation is never split in two.
 *
 * @param parent the message the post replies under; empty at channel level
 * @param opens true for the first post, which later ones reply under
 * @param broadcast a reply also shown in the channel
 */
record ThreadPlace(Optional<String> parent, boolean opens, boolean broadcast) {
  static final ThreadPlace CHANNEL = new ThreadPlace(Optional.empty(), false, false);

  static ThreadPlace of(Notifier n, Target t, Delivery d, DeliveryLedger ledger) {
    // A direct message is a conversation of its own: no threads there (Discord has none in DMs).
    if (!n.threads()
        || d.webinarId().equals(Delivery.DIGEST_SUBJECT)
        || Subscriber.userOf(t).isPresent()) {
      return CHANNEL;
    }
    DeliveryKey self = d.key(t);
    List<LedgerEntry> here =
        ledger.forWebinar(d.webinarId()).stream()
            .filter(e -> e.key().target().equals(t) && !e.key().equals(self))
            .toList();
    Optional<LedgerEntry> root =
        here.stream()
            .filter(LedgerEntry::opensThread)
            .min(Comparator.comparing(LedgerEntry::scheduledAt));
    if (root.isPresent()) {
      boolean broadcast = broadcasts(d.post().kind());
      if (broadcast && !n.broadcastsReplies()) {
        return CHANNEL;
      }
      return new ThreadPlace(root.get().messageId(), false, broadcast);
    }
    boolean postedBefore =
        here.stream().anyMatch(e -> e.status() == DeliveryStatus.SENT && e.messageId().isPresent());
    return postedBefore ? CHANNEL : new ThreadPlace(Optional.empty(), true, false);
  }

  /** What the ledger records as the post's thread once it is posted as {@code messageId}. */
  Optional<String> threadIdOf(String messageId) {
    return opens ? Optional.of(messageId) : parent;
  }

  /** Members who mute threads still see that a talk starts now, or is called off. */
  private static boolean broadcasts(PostKind kind) {
    return kind.equals(PostKind.STARTING) || kind.type() == PostKind.Type.CANCELLATION;
  }
}
