package webinarbot.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a post did not go out. The delivery service decides from the kind alone whether to wait and
 * retry, back off and retry, or give up.
 */
public class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** How a failure should be handled. */
  public enum Kind {
    /** 429: wait {@link #retryAfter()} and try again. */
    RATE_LIMITED,
    /** 5xx, timeouts, connection resets: try again with back-off, up to a bound. */
    TRANSIENT,
    /** Unknown channel, missing access, bad token: retrying cannot help. */
    PERMANENT
  }

  private final Kind kind;
  private final Duration retryAfter;

  public DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public static DeliveryException rateLimited(String message, Duration retryAfter) {
    return new DeliveryException(Kind.RATE_LIMITED, message, retryAfter, null);
  }

  public static DeliveryException transientFailure(String message, Throwable cause) {
    return new DeliveryException(Kind.TRANSIENT, message, Duration.ZERO, cause);
  }

  public static DeliveryException permanent(String message) {
    return new DeliveryException(Kind.PERMANENT, message, Duration.ZERO, null);
  }

  public Kind kind() {
    return kind;
  }

  /** Only meaningful for {@link Kind#RATE_LIMITED}. */
  public Optional<Duration> retryAfter() {
    return kind == Kind.RATE_LIMITED ? Optional.of(retryAfter) : Optional.empty();
  }
}
