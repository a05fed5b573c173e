package webinarbot.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import webinarbot.delivery.DeliveryException;

/**
 * Runs a JDA request on the calling thread, bounded by a timeout and without queueing behind a rate
 * limit ({@code complete(false)}): a 429 surfaces as a failure with Discord's wait.
 */
final class RestCalls {
  private RestCalls() {}

  // JDA checks permissions while building the action, so building it is part of the call.
  static <T> T complete(Supplier<? extends RestAction<T>> action, Duration timeout, String doing)
      throws DeliveryException {
    try {
      return action.get().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).complete(false);
    } catch (RateLimitedException | RuntimeException e) {
      throw DeliveryErrors.map(e, doing);
    }
  }
}
