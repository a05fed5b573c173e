package webinarbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import webinarbot.testing.ServeProcess;

/**
 * A replica of the fan-out bench as a real {@code webinar-bot serve} child process, configured from
 * the environment as an operator runs it, so that {@code kill9} kills it as the kernel does:
 * SIGKILL, no shutdown hook, no flush.
 */
final class ServeReplica implements DmFanoutBench.Member {
  private final String id;
  private final ServeProcess serve;

  ServeReplica(String id, Path work, Path content, Map<String, String> env) throws Exception {
    this.id = id;
    Files.createDirectories(work);
    this.serve =
        new ServeProcess(
                work.resolve(id + ".log"), List.of("--content", content.toString(), "serve"))
            .env(env)
            .env("WEBINARBOT_HTTP_PORT", "0")
            .start();
  }

  /** Waits until it logged that it serves. */
  ServeReplica awaitServing() {
    serve.awaitServing(Duration.ofSeconds(120));
    return this;
  }

  @Override
  public String id() {
    return id + " (pid " + serve.pid() + ")";
  }

  /** Its ledger rows: serve names their owner after the JVM, {@code pid@host-…}. */
  @Override
  public boolean owns(String owner) {
    return owner.startsWith(serve.pid() + "@");
  }

  @Override
  public void kill() throws Exception {
    serve.kill9();
  }

  @Override
  public void close() throws Exception {
    serve.stop();
  }
}
