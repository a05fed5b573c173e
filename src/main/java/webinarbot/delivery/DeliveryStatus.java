package webinarbot.delivery;

import java.util.Locale;

/** Where one delivery stands in the ledger. */
public enum DeliveryStatus {
  /** Claimed: this delivery is ours to make; nothing has been sent yet. */
  PENDING,
  /** A send call started: after a crash the platform is asked whether it arrived. */
  SENDING,
  /** Posted; the ledger holds the platform's message id. */
  SENT,
  /** A permanent error, or retries ran out; the reason is in the detail. */
  FAILED,
  /** Deliberately not posted (too late, superseded, expired); the reason is in the detail. */
  SKIPPED;

  /** The value stored in the {@code status} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Still ours to finish: after a restart these are picked up again. */
  public boolean isOpen() {
    return this == PENDING || this == SENDING;
  }

  /** Closed without a post, so an explicit request (announce) may try again. */
  public boolean isRetryable() {
    return this == FAILED || this == SKIPPED;
  }

  /** Something reached (or may have reached) the channel. */
  public boolean countsAsPosted() {
    return this == SENT || isOpen();
  }
}
