package webinarbot.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import webinarbot.http.ReadinessCheck.Result;

/**
 * Runs every {@link ReadinessCheck} with a deadline. A check that hangs (a connection pool waiting
 * out an unreachable database) answers "not ready" after the deadline instead of hanging the probe;
 * while it is still running, later probes wait on the same attempt instead of piling up threads.
 */
public final class ReadinessProbe implements AutoCloseable {
  /** What one probe found: each check by name, in the order given. */
  public record Report(boolean ready, Map<String, Result> checks) {}

  private final List<ReadinessCheck> checks;
  private final Duration deadline;
  private final ExecutorService runner =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "readiness-check");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, CompletableFuture<Result>> running = new ConcurrentHashMap<>();

  public ReadinessProbe(List<ReadinessCheck> checks, Duration deadline) {
    this.checks = List.copyOf(checks);
    this.deadline = deadline;
  }

  public Report run() {
    Map<String, CompletableFuture<Result>> started = new LinkedHashMap<>();
    for (ReadinessCheck c : checks) {
      started.put(
          c.name(),
          running.compute(c.name(), (n, last) -> last != null && !last.isDone() ? last : start(c)));
    }
    long end = System.nanoTime() + deadline.toNanos();
    Map<String, Result> results = new LinkedHashMap<>();
    for (Map.Entry<String, CompletableFuture<Result>> e : started.entrySet()) {
      results.put(e.getKey(), await(e.getValue(), end));
    }
    boolean ready = results.values().stream().allMatch(Result::ready);
    return new Report(ready, results);
  }

  private CompletableFuture<Result> start(ReadinessCheck check) {
    return CompletableFuture.supplyAsync(() -> safely(check), runner);
  }

  private static Result safely(ReadinessCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      return Result.notReady("check failed: " + e);
    }
  }

  private Result await(CompletableFuture<Result> f, long endNanos) {
    try {
      return f.get(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return Result.notReady("no answer within " + deadline.toMillis() + " ms");
    } catch (ExecutionException e) {
      return Result.notReady("check failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.notReady("interrupted");
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
