package webinarbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.domain.Webinar;
import webinarbot.testing.PageFolder;
import webinarbot.testing.TestDatabases;

/**
 * The Kubernetes layout of deploy/: the bot reads its pages through git-sync's symlink, which each
 * new commit of the website swaps to a fresh checkout. The running bot follows every swap.
 */
class GitSyncContentTest {
  /** A checkout as git-sync makes one, under {@code .worktrees/SHA}. */
  private static PageFolder checkout(Path git, String sha) {
    return new PageFolder(git.resolve(".worktrees").resolve(sha));
  }

  private static void publish(Path git, String sha) throws Exception {
    Path tmp = git.resolve("tmp-link");
    Files.createSymbolicLink(tmp, git.resolve(".worktrees").resolve(sha));
    Files.move(
        tmp,
        git.resolve("site"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void givenPagesBehindGitSyncsSymlink_whenANewCommitIsPublished_thenTheBotServesItsPages(
      @TempDir Path git) throws Exception {
    checkout(git, "aaa").webinar("first.md", "First", "2031-01-02", "10:00 - 11:00 UTC");
    publish(git, "aaa");
    Map<String, String> env =
        Map.of(
            "WEBINARBOT_CONTENT_DIR", git.resolve("site/content/news/webinars").toString(),
            "WEBINARBOT_STORAGE_JDBC_URL", TestDatabases.h2().jdbcUrl(),
            "WEBINARBOT_HTTP_PORT", "0");
    try (Bot bot =
        Bot.start(
            new ConfigLoader(env).load(Optional.empty()),
            new Secrets(Map.of()),
            Clock.systemUTC(),
            new PrintWriter(new StringWriter()))) {
      PageFolder next = checkout(git, "bbb");
      next.webinar("first.md", "First, renamed", "2031-01-02", "10:00 - 11:00 UTC");
      next.webinar("second.md", "Second", "2031-02-02", "10:00 - 11:00 UTC");

      publish(git, "bbb");

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> bot.catalogue().get().find("second").isPresent());
      assertThat(bot.catalogue().get().find("first").map(Webinar::title))
          .hasValue("First, renamed");
    }
  }
}
