package webinarbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.storage.Jdbc;

/**
 * Makes one claimed delivery on one target: checks it is still timely, posts with retries, and
 * confirms in the ledger. A row marked sending when the bot died is first looked up on the
 * platform, so a post that arrived is recorded instead of repeated.
 */
final class SendTask {
  private static final Logger LOG = LoggerFactory.getLogger(SendTask.class);

  private final DeliveryService.Parts parts;
  private final Notifier notifier;
  private final Target target;
  private final Delivery delivery;
  private final boolean mayHaveBeenSent;

  SendTask(
      DeliveryService.Parts parts,
      Notifier notifier,
      Target target,
      Delivery delivery,
      boolean mayHaveBeenSent) {
    this.parts = parts;
    this.notifier = notifier;
    this.target = target;
    this.delivery = delivery;
    this.mayHaveBeenSent = mayHaveBeenSent;
  }

  DeliveryOutcome run() {
    try {
      return post();
    } catch (Jdbc.StorageFailure e) {
      // The database failed, not the platform: the row stays open (pending, or sending once a
      // send started, so it is looked up before it is posted again) and is finished once the
      // database answers. Marking it failed would need the database too, and would be wrong.
      LOG.error(
          "the database failed while posting {}: {}; it stays open in the ledger and is finished"
              + " once the database answers",
          delivery.key(target),
          e.getMessage());
      parts.storageFailures().accept(e);
      return new DeliveryOutcome.Interrupted(target);
    }
  }

  private DeliveryOutcome post() {
    DeliveryKey key = delivery.key(target);
    if (parts.stopping().getAsBoolean()) {
      return new DeliveryOutcome.Interrupted(target);
    }
    Instant now = parts.clock().instant();
    if (delivery.deadline().isPresent() && !now.isBefore(delivery.deadline().get())) {
      return skip(
          key,
          "too late: due "
              + delivery.scheduledAt()
              + ", deadline "
              + delivery.deadline().get()
              + ", now "
              + now);
    }
    String token = key.token();
    try {
      ThreadPlace place = ThreadPlace.of(notifier, target, delivery, parts.ledger());
      String id =
          parts
              .retries()
              .run(
                  (number, afterTransient) -> {
                    if (number > 1) {
                      parts
                          .metrics()
                          .retry(
                              target,
                              key.kind().code(),
                              afterTransient ? "transient" : "rate_limited");
                    }
                    if (afterTransient || (number == 1 && mayHaveBeenSent)) {
                      Optional<String> found =
                          place.parent().isPresent()
                              ? notifier.findReply(target, place.parent().get(), token)
                              : notifier.findPosted(target, token);
                      if (found.isPresent()) {
                        LOG.info(
                            "{} was posted before an interruption; recorded, not repeated", key);
                        return found.get();
                      }
                    }
                    if (!parts.ledger().markSending(key, number)) {
                      throw new Adopted();
                    }
                    return place.parent().isPresent()
                        ? notifier.reply(
                            target, place.parent().get(), place.broadcast(), delivery.post(), token)
                        : notifier.send(target, delivery.post(), token);
                  },
                  delivery.deadline());
      parts.ledger().markSent(key, id, place.threadIdOf(id));
      parts.metrics().outcome(target, key.kind().code(), "sent");
      parts
          .metrics()
          .lateness(target, Duration.between(delivery.scheduledAt(), parts.clock().instant()));
      LOG.info("posted {} about {} to {}", key.kind(), key.webinarId(), target);
      return new DeliveryOutcome.Sent(target, id);
    } catch (DeliveryException e) {
      String reason = e.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage();
      parts.ledger().markFailed(key, reason);
      parts.metrics().outcome(target, key.kind().code(), "failed");
      LOG.error(
          "cannot post {} about {} to {}: {}; not retrying",
          key.kind(),
          key.webinarId(),
          target,
          reason);
      return new DeliveryOutcome.Failed(target, reason);
    } catch (RetryLoop.TooLate e) {
      return skip(key, e.getMessage());
    } catch (Adopted e) {
      LOG.warn("{} was taken over by another replica; not sending it from here", key);
      return new DeliveryOutcome.Already(target, DeliveryStatus.PENDING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("stopping: {} stays queued in the ledger for the next start", key);
      return new DeliveryOutcome.Interrupted(target);
    } catch (Jdbc.StorageFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // A notifier bug, not a platform answer: record it rather than retry blindly.
      String reason = "unexpected error: " + e;
      parts.ledger().markFailed(key, reason);
      parts.metrics().outcome(target, key.kind().code(), "failed");
      LOG.error("cannot post {} about {} to {}", key.kind(), key.webinarId(), target, e);
      return new DeliveryOutcome.Failed(target, reason);
    }
  }

  /** The ledger row now belongs to another replica, which took this one for dead. */
  private static final class Adopted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Adopted() {
      super("adopted by another replica", null, false, false);
    }
  }

  private DeliveryOutcome skip(DeliveryKey key, String reason) {
    parts.ledger().markSkipped(key, reason);
    parts.metrics().outcome(target, key.kind().code(), "skipped");
    LOG.warn("skipped {} about {} on {}: {}", key.kind(), key.webinarId(), target, reason);
    return new DeliveryOutcome.Skipped(target, reason);
  }
}
