package webinarbot.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import webinarbot.delivery.DeliveryException;

/**
 * Turns what JDA throws into the three kinds of failure the delivery service knows: wait and retry
 * (429), back off and retry (5xx, timeouts, connection trouble), or give up (no access, unknown
 * channel or message, bad token, a request Discord rejects).
 */
final class DeliveryErrors {
  private static final Set<ErrorResponse> GONE =
      EnumSet.of(
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.UNKNOWN_MESSAGE,
          ErrorResponse.UNKNOWN_GUILD,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS);

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

  private static DeliveryException fromResponse(ErrorResponseException e, String doing) {
    if (e.isServerError()) {
      return DeliveryException.transientFailure(doing + ": Discord answered " + e.getMeaning(), e);
    }
    if (GONE.contains(e.getErrorResponse())) {
      return permanent(doing + ": " + e.getMeaning() + " (" + e.getErrorCode() + ")", e);
    }
    int status = e.getResponse() == null ? 0 : e.getResponse().code;
    String why = status == 401 ? "Discord rejected the bot token" : e.getMeaning();
    return permanent(doing + ": " + why + " (" + e.getErrorCode() + ")", e);
  }

  private static DeliveryException permanent(String message, Throwable cause) {
    return new DeliveryException(DeliveryException.Kind.PERMANENT, message, Duration.ZERO, cause);
  }
}
