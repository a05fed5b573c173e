package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.PageFolder;

/** {@code serve} as a real process: it starts, and SIGTERM stops it cleanly. */
class ServeProcessTest {
  @Test
  void givenARunningBot_whenItGetsSigterm_thenItStopsCleanlyAndSaysSo(@TempDir Path temp)
      throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("later.md", "Later", "2030-01-02", "10:00 - 11:00 UTC");
    Path err = temp.resolve("serve.err");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "webinarbot.Main",
                    "--content",
                    pages.root().toString(),
                    "serve"))
            .redirectError(err.toFile())
            .redirectOutput(new File("/dev/null"));
    pb.environment().put("WEBINARBOT_STORAGE_JDBC_URL", "jdbc:h2:file:" + temp.resolve("db/bot"));
    pb.environment().put("WEBINARBOT_HTTP_PORT", "0");
    Process serve = pb.start();
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> read(err).contains("serving 1 webinars"));

      serve.destroy(); // SIGTERM

      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(read(err)).contains("ServeCli - stopping").contains("ServeCli - stopped");
    } finally {
      serve.destroyForcibly();
    }
  }

  private static String read(Path p) throws Exception {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
