package webinarbot.discord;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.requests.RestAction;
import webinarbot.delivery.DeliveryException;

/**
 * Runs JDA requests for a caller that must not wait longer than {@code timeout}: the delivery
 * thread, the scheduled-event sync.
 *
 * <p>Each request runs as {@code complete(false)}, so JDA does not wait out a 429 but reports it at
 * once with Discord's Retry-After, and the delivery service decides when to try again. JDA runs
 * such a request on the calling thread until the HTTP client gives up, so it runs on one of {@code
 * threads} and the caller stops waiting after {@code timeout}. A request that completes after that
 * is harmless: a retried post carries the same nonce and Discord returns the first message.
 */
final class RestCalls {
  private final ExecutorService threads;
  private final Duration timeout;

  RestCalls(ExecutorService threads, Duration timeout) {
    this.threads = threads;
    this.timeout = timeout;
  }

  Duration timeout() {
    return timeout;
  }

  // JDA checks permissions while building the action, so building it is part of the call.
  <T> T complete(Supplier<? extends RestAction<T>> action, String doing) throws DeliveryException {
    RestAction<T> request;
    try {
      request = action.get();
    } catch (RuntimeException e) {
      throw DeliveryErrors.map(e, doing);
    }
    Future<T> future = threads.submit(() -> request.complete(false));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw DeliveryErrors.map(e, doing);
    } catch (ExecutionException e) {
      throw DeliveryErrors.map(e.getCause() == null ? e : e.getCause(), doing);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw DeliveryException.transientFailure(doing + ": interrupted", e);
    }
  }
}
