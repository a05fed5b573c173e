package webinarbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Calls a platform until it succeeds, waiting out 429s and backing off after transient failures,
 * and giving up at once on permanent ones, when tries run out, or when waiting would pass the
 * post's deadline.
 */
final class RetryLoop {
  /** One call to the platform. */
  @FunctionalInterface
  interface Attempt<T> {
    /**
     * @param number 1 for the first try
     * @param afterTransient the previous try failed in a way that may hide a success (a timeout
     *     after the platform posted), so look before posting again
     */
    T call(int number, boolean afterTransient) throws DeliveryException;
  }

  /** Waiting for another try would pass the post's deadline. */
  static final class TooLate extends Exception {
    private static final long serialVersionUID = 1L;

    TooLate(String message) {
      super(message);
    }
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final BooleanSupplier stopping;

  RetryLoop(RetryPolicy policy, Sleeper sleeper, Clock clock, BooleanSupplier stopping) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.stopping = stopping;
  }

  <T> T run(Attempt<T> attempt, Optional<Instant> deadline)
      throws DeliveryException, InterruptedException, TooLate {
    int transientFailures = 0;
    int rateLimits = 0;
    boolean afterTransient = false;
    for (int number = 1; ; number++) {
      Duration wait;
      try {
        return attempt.call(number, afterTransient);
      } catch (DeliveryException e) {
        switch (e.kind()) {
          case PERMANENT -> throw e;
          case RATE_LIMITED -> {
            if (++rateLimits > policy.maxRateLimitWaits()) {
              throw e;
            }
            wait = policy.rateLimitWait(e.retryAfter().orElse(Duration.ZERO));
            afterTransient = false;
          }
          default -> {
            if (++transientFailures >= policy.maxAttempts()) {
              throw e;
            }
            wait = policy.backoff(transientFailures);
            afterTransient = true;
          }
        }
        Instant resume = clock.instant().plus(wait);
        if (deadline.isPresent() && !resume.isBefore(deadline.get())) {
          throw new TooLate(
              "the next try (after "
                  + e.getMessage()
                  + ") would come after the deadline "
                  + deadline.get());
        }
        if (wait.compareTo(policy.maxRetryAfter()) > 0) {
          throw e;
        }
      }
      if (stopping.getAsBoolean()) {
        throw new InterruptedException("stopping");
      }
      sleeper.sleep(wait);
    }
  }
}
