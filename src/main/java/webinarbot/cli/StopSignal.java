package webinarbot.cli;

import java.util.concurrent.CountDownLatch;

/**
 * What ends {@code serve}: SIGTERM or Ctrl-C for the real process (a JVM shutdown hook), or a test
 * calling {@link #stop()} when the bot runs in-process. The stop action runs once, before {@link
 * #await()} returns.
 */
public final class StopSignal {
  private final boolean onShutdown;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private Runnable action = () -> {};
  private boolean ran;

  private StopSignal(boolean onShutdown) {
    this.onShutdown = onShutdown;
  }

  /** Stops on SIGTERM or Ctrl-C: the JVM waits for the stop action before it exits. */
  public static StopSignal onShutdown() {
    return new StopSignal(true);
  }

  /** Stops when {@link #stop()} is called. */
  public static StopSignal manual() {
    return new StopSignal(false);
  }

  /** What to do when asked to stop: close the bot. */
  synchronized void whenStopping(Runnable stopAction) {
    this.action = stopAction;
    if (onShutdown) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop"));
    }
  }

  /** Runs the stop action (once) and releases {@link #await()}. */
  public void stop() {
    synchronized (this) {
      if (!ran) {
        ran = true;
        action.run();
      }
    }
    stopped.countDown();
  }

  void await() throws InterruptedException {
    stopped.await();
  }
}
