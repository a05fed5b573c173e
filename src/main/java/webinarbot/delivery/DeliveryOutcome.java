package webinarbot.delivery;

/** What became of one delivery to one target. */
public sealed interface DeliveryOutcome {
  Target target();

  /** Posted now (or found posted after a crash). */
  record Sent(Target target, String messageId) implements DeliveryOutcome {}

  /** The ledger already had this delivery: posted, in flight, or closed earlier. */
  record Already(Target target, DeliveryStatus status) implements DeliveryOutcome {}

  /** Given up: a permanent error or retries exhausted. */
  record Failed(Target target, String reason) implements DeliveryOutcome {}

  /** Not posted on purpose, for the reason given. */
  record Skipped(Target target, String reason) implements DeliveryOutcome {}

  /** The bot stopped before this delivery finished; the next start picks it up. */
  record Interrupted(Target target) implements DeliveryOutcome {}
}
