package webinarbot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One worker thread per target: posts to a channel go out in order, and a channel that is rate
 * limited or down only holds up its own queue, never another channel's.
 */
final class TargetLanes {
  private final Map<Target, ExecutorService> lanes = new LinkedHashMap<>();

  TargetLanes(Collection<Target> targets) {
    for (Target t : targets) {
      lanes.put(
          t,
          Executors.newSingleThreadExecutor(
              r -> {
                Thread thread = new Thread(r, "deliver-" + t.key());
                thread.setDaemon(true);
                return thread;
              }));
    }
  }

  <T> CompletableFuture<T> submit(Target target, Supplier<T> work) {
    ExecutorService lane = lanes.get(target);
    if (lane == null) {
      throw new IllegalArgumentException("no notifier posts to " + target);
    }
    return CompletableFuture.supplyAsync(work, lane);
  }

  /**
   * Completes once everything queued so far on every lane has run (or at once on a lane that is
   * shut down): lanes run in order, so a no-op queued now runs last.
   */
  CompletableFuture<Void> drained() {
    List<CompletableFuture<?>> ends = new ArrayList<>();
    for (ExecutorService lane : lanes.values()) {
      try {
        ends.add(CompletableFuture.runAsync(() -> {}, lane));
      } catch (RejectedExecutionException stopped) {
        // Nothing more runs there.
      }
    }
    return CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new));
  }

  /** Lets queued and running work finish (or notice the stop) for up to {@code grace}. */
  boolean shutdown(Duration grace) throws InterruptedException {
    lanes.values().forEach(ExecutorService::shutdown);
    long deadline = System.nanoTime() + grace.toNanos();
    boolean all = true;
    for (ExecutorService lane : lanes.values()) {
      long left = Math.max(0, deadline - System.nanoTime());
      if (!lane.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        lane.shutdownNow();
        all = false;
      }
    }
    return all;
  }
}
