package webinarbot.delivery;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Tests pass one that moves a test clock instead of waiting; the real one
 * wakes up early, with {@link InterruptedException}, when the bot stops.
 */
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  /** Ends every current and future wait: the bot is stopping. */
  default void stop() {}

  /** Real waiting, cut short by {@link #stop()}. */
  static Sleeper real() {
    CountDownLatch stopped = new CountDownLatch(1);
    return new Sleeper() {
      @Override
      public void sleep(Duration d) throws InterruptedException {
        if (stopped.await(d.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new InterruptedException("stopping");
        }
      }

      @Override
      public void stop() {
        stopped.countDown();
      }
    };
  }
}
