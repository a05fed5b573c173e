package webinarbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.PageFolder;
import webinarbot.testing.ServeProcess;

/**
 * Issue 10, item 5: one H2 file, one {@code serve}. A second one is refused with a message naming
 * the file, while the one-shot commands keep working beside the first through H2's mixed mode.
 */
class SecondServeTest {
  @Test
  void givenServeRunningOnAnH2File_whenASecondServeStarts_thenItIsRefusedAndAnnounceStillWorks(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("later.md", "Later", "2030-01-02", "10:00 - 11:00 UTC");
    String url = "jdbc:h2:file:" + temp.resolve("db/bot");
    Map<String, String> env =
        Map.of(
            "WEBINARBOT_STORAGE_JDBC_URL",
            url,
            "WEBINARBOT_HTTP_PORT",
            "0",
            "WEBINARBOT_CONTENT_DIR",
            pages.root().toString());
    try (ServeProcess first = new ServeProcess(temp.resolve("first.log"), List.of("serve"));
        ServeProcess second = new ServeProcess(temp.resolve("second.log"), List.of("serve"))) {
      first.env(env).start().awaitServing(Duration.ofSeconds(60));

      int exit = second.env(env).start().awaitExit(Duration.ofSeconds(60));

      assertThat(exit).isEqualTo(1);
      assertThat(second.log())
          .contains("another webinar-bot serve (process ")
          .contains("is running on the H2 database " + temp.resolve("db/bot.mv.db"))
          .doesNotContain("ServeCli - serving");
      CliRun announce = CliRun.run(env, Clock.systemUTC(), "announce", "later");
      assertThat(announce.exitCode()).as(announce.err()).isZero();
      assertThat(announce.out()).contains("posted to: console:stdout");
      CliRun schedule = CliRun.run(env, Clock.systemUTC(), "schedule");
      assertThat(schedule.exitCode()).as(schedule.err()).isZero();
      assertThat(first.isAlive()).isTrue();
      first.stop();
      assertThat(first.log()).contains("ServeCli - stopped");
    }
  }
}
