package webinarbot.delivery;

import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.domain.Webinar;

/**
 * Brings one posted message up to date with the current page (Slack {@code chat.update}, Discord
 * message edit), so no earlier post shows stale details.
 */
final class EditTask {
  private static final Logger LOG = LoggerFactory.getLogger(EditTask.class);

  private final DeliveryService.Parts parts;
  private final Notifier notifier;
  private final LedgerEntry posted;
  private final Webinar current;
  private final IntSupplier interest;

  /**
   * @param interest how many want a reminder, asked when the edit is made: an announcement shows it
   */
  EditTask(
      DeliveryService.Parts parts,
      Notifier notifier,
      LedgerEntry posted,
      Webinar current,
      IntSupplier interest) {
    this.interest = interest;
    this.parts = parts;
    this.notifier = notifier;
    this.posted = posted;
    this.current = current;
  }

  /** A reply lives in its thread, which is not its own message. */
  private boolean isReply() {
    return posted.threadId().isPresent() && !posted.threadId().equals(posted.messageId());
  }

  Boolean run() {
    DeliveryKey key = posted.key();
    String messageId = posted.messageId().orElseThrow();
    Webinar shown = Revisions.subject(current, key.kind(), key.revision(), posted.scheduledAt());
    Post.About post = new Post.About(key.kind(), shown, posted.changes(), interest.getAsInt());
    try {
      parts
          .retries()
          .run(
              (number, afterTransient) -> {
                if (isReply()) {
                  notifier.editReply(key.target(), posted.threadId().get(), messageId, post);
                } else {
                  notifier.edit(key.target(), messageId, post);
                }
                return Boolean.TRUE;
              },
              Optional.empty());
      parts.ledger().markEdited(key, shown.revision(), Optional.empty());
      parts.metrics().outcome(key.target(), key.kind().code(), "edited");
      LOG.info("edited {} on {} to show the current page", key, key.target());
      return true;
    } catch (DeliveryException e) {
      // Typically the message was deleted in the channel: nothing to bring up to date.
      String reason = "edit failed: " + e.getMessage();
      parts.ledger().markEdited(key, shown.revision(), Optional.of(reason));
      parts.metrics().outcome(key.target(), key.kind().code(), "edit-failed");
      LOG.error("cannot edit {} on {}: {}", key, key.target(), e.getMessage());
      return false;
    } catch (RetryLoop.TooLate e) {
      throw new IllegalStateException("an edit has no deadline", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
