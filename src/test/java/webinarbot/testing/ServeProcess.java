package webinarbot.testing;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code webinar-bot serve} (or any other command) as a real child JVM on the test class path, so a
 * test can do to it what an operator or the kernel does: SIGTERM, kill -9, a restart. Each run
 * appends its standard error to one log file, marked with the run's number.
 */
public final class ServeProcess implements AutoCloseable {
  private final Path log;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final List<String> args;
  private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx384m"));
  private Process process;
  private int runs;

  /**
   * @param args what follows {@code webinar-bot}, e.g. {@code --content DIR serve}
   */
  public ServeProcess(Path log, List<String> args) {
    this.log = log;
    this.args = List.copyOf(args);
  }

  public ServeProcess env(String key, String value) {
    env.put(key, value);
    return this;
  }

  public ServeProcess env(Map<String, String> more) {
    env.putAll(more);
    return this;
  }

  public ServeProcess jvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** Starts a new run; the previous one must have ended. */
  public ServeProcess start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("still running");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "webinarbot.Main"));
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectOutput(new File("/dev/null"));
    // Only what the test sets: a developer's own tokens or settings never reach the child.
    pb.environment().keySet().removeIf(ServeProcess::isBotVariable);
    pb.environment().putAll(env);
    try {
      Files.writeString(
          log,
          "=== run " + ++runs + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static boolean isBotVariable(String name) {
    return name.startsWith("WEBINARBOT_")
        || name.startsWith("SLACK_")
        || name.startsWith("DISCORD_")
        || name.equals("JAVA_TOOL_OPTIONS");
  }

  /** Waits until the running bot has logged that it serves. */
  public ServeProcess awaitServing(Duration patience) {
    int run = runs;
    await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !process.isAlive() || currentRun(run).contains("ServeCli - serving"));
    if (!process.isAlive()) {
      throw new AssertionError("serve ended with " + process.exitValue() + ":\n" + currentRun(run));
    }
    return this;
  }

  /** kill -9: no shutdown hook, no flush, no goodbye. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, and the exit code once it stopped (143 after a clean stop: 128 + SIGTERM). */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("serve did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  /** Waits for the run to end by itself and returns its exit code. */
  public int awaitExit(Duration patience) throws InterruptedException {
    if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + patience + ":\n" + log());
    }
    return process.exitValue();
  }

  /** The running (or last) child's process id. */
  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Everything every run logged so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String currentRun(int run) {
    String all = log();
    int at = all.lastIndexOf("=== run " + run + "\n");
    return at < 0 ? "" : all.substring(at);
  }

  /** What the latest run logged. */
  public String lastRunLog() {
    return currentRun(runs);
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
