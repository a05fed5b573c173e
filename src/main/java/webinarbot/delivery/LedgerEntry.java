package webinarbot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import webinarbot.domain.Change;

/**
 * One row of the delivery ledger.
 *
 * @param contentRevision the webinar's {@link webinarbot.domain.Webinar#revision()} the posted
 *     message shows; an edit in place brings it up to date
 * @param changes what an update notice lists, kept so a notice interrupted by a crash is sent as it
 *     was meant
 * @param owner the bot instance that claimed the row
 * @param threadId the thread the post is in: its own message id if it opened one, its parent's if
 *     it is a reply; empty at channel level
 */
public record LedgerEntry(
    DeliveryKey key,
    DeliveryStatus status,
    String contentRevision,
    Optional<String> messageId,
    List<Change> changes,
    Instant scheduledAt,
    Optional<Instant> deadline,
    int attempts,
    Optional<String> detail,
    String owner,
    Instant updatedAt,
    Optional<String> threadId) {
  public LedgerEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(contentRevision, "contentRevision");
    Objects.requireNonNull(messageId, "messageId");
    changes = List.copyOf(changes);
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(threadId, "threadId");
  }

  /** A row at channel level, outside any thread. */
  public LedgerEntry(
      DeliveryKey key,
      DeliveryStatus status,
      String contentRevision,
      Optional<String> messageId,
      List<Change> changes,
      Instant scheduledAt,
      Optional<Instant> deadline,
      int attempts,
      Optional<String> detail,
      String owner,
      Instant updatedAt) {
    this(
        key,
        status,
        contentRevision,
        messageId,
        changes,
        scheduledAt,
        deadline,
        attempts,
        detail,
        owner,
        updatedAt,
        Optional.empty());
  }

  /** True when this post opened a thread: later posts about its talk here reply under it. */
  public boolean opensThread() {
    return status == DeliveryStatus.SENT && messageId.isPresent() && threadId.equals(messageId);
  }
}
