package webinarbot.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import webinarbot.delivery.DeliveryException;

/**
 * Turns what JDA throws into the three kinds of failure the delivery service knows: wait and retry
 * (429), back off and retry (5xx, timeouts, connection trouble), or give up (any other answer:
 * missing access, unknown channel or message, bad token, a request Discord rejects).
 */
final class DeliveryErrors {
  private DeliveryErrors() {}

  /**
   * @param doing what was attempted, for the message: "post to discord:123"
   */
  static DeliveryException map(Throwable failure, String doing) {
    if (failure instanceof RateLimitedException r) {
      return DeliveryException.rateLimited(
          doing + ": rate limited by Discord", Duration.ofMillis(Math.max(0, r.getRetryAfter())));
    }
    if (failure instanceof InsufficientPermissionException p) {
      return DeliveryException.permanent(
          doing + ": the bot lacks the " + p.getPermission().getName() + " permission there");
    }
    if (failure instanceof ErrorResponseException e) {
      return fromResponse(e, doing);
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof IOException) {
        return DeliveryException.transientFailure(
            doing + ": no answer from Discord (" + t.getClass().getSimpleName() + ")", failure);
      }
    }
    return permanent(
        doing + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
  }

  // The HTTP status decides; JDA reads Discord's error code 0 as a "server error" whatever it was.
  private static DeliveryException fromResponse(ErrorResponseException e, String doing) {
    int status = e.getResponse() == null ? -1 : e.getResponse().code;
    if (status == 401) {
      return permanent(doing + ": Discord rejected the bot token (HTTP 401)", e);
    }
    if (e.getErrorCode() == RestDiscordNotifier.CANNOT_MESSAGE_USER) {
      return permanent(
          doing + ": the user does not accept direct messages from the bot (code 50007)", e);
    }
    if (status >= 500 || (status < 0 && e.isServerError())) {
      return DeliveryException.transientFailure(
          doing + ": Discord answered " + e.getMeaning() + " (HTTP " + status + ")", e);
    }
    return permanent(
        doing + ": " + e.getMeaning() + " (code " + e.getErrorCode() + ", HTTP " + status + ")", e);
  }

  private static DeliveryException permanent(String message, Throwable cause) {
    return new DeliveryException(DeliveryException.Kind.PERMANENT, message, Duration.ZERO, cause);
  }
}
