package webinarbot.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Whether JDA has logged in and loaded the servers, and what to do once it has. Start-up does not
 * wait for Discord; senders wait here, boundedly, instead.
 */
final class Readiness extends ListenerAdapter {
  private final CountDownLatch ready = new CountDownLatch(1);
  private final List<Runnable> whenReady = new CopyOnWriteArrayList<>();

  @Override
  public void onReady(ReadyEvent event) {
    ready.countDown();
    whenReady.forEach(Runnable::run);
  }

  /** Runs {@code action} once ready: now if already so. */
  synchronized void then(Runnable action) {
    if (isReady()) {
      action.run();
    } else {
      whenReady.add(action);
    }
  }

  boolean isReady() {
    return ready.getCount() == 0;
  }

  /** Waits up to {@code timeout}; true once ready. */
  boolean await(Duration timeout) {
    try {
      return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
