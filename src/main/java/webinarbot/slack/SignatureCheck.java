package webinarbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Accepts only requests Slack signed in the last five minutes, checked over the raw body before
 * anything parses it, so an unsigned request never reaches Bolt's parser. It replaces Bolt's own
 * check for three reasons: Bolt reads the system clock (the benchmark replays one pre-signed
 * request under a fixed clock), Bolt accepts timestamps from the future, which a replayed or forged
 * request could use to stay valid for longer, and Bolt's HMAC is slow.
 */
final class SignatureCheck {
  /** Slack's documented replay window. */
  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** How far ahead of our clock Slack's may run before a timestamp counts as "in the future". */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private final RequestSignatures signatures;
  private final Clock clock;

  SignatureCheck(String signingSecret, Clock clock) {
    this.signatures = new RequestSignatures(signingSecret);
    this.clock = clock;
  }

  /**
   * @param timestamp {@code X-Slack-Request-Timestamp}, null when missing
   * @param signature {@code X-Slack-Signature}, null when missing
   * @return empty when Slack signed this body recently; else why not, in a few fixed words (never
   *     anything the client sent)
   */
  Optional<String> rejection(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return Optional.of("not signed");
    }
    if (!fresh(timestamp)) {
      return Optional.of("timestamp stale, in the future or malformed");
    }
    if (!signatures.matches(timestamp, body, signature)) {
      return Optional.of("signature does not match");
    }
    return Optional.empty();
  }

  private boolean fresh(String timestamp) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    return seconds <= now + CLOCK_SKEW.toSeconds() && now - seconds < MAX_AGE.toSeconds();
  }
}
