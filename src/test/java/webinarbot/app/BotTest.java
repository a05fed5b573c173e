package webinarbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.testing.PageFolder;
import webinarbot.testing.TestDatabases;

/** The whole bot as {@code serve} builds it, with no chat platform: posts go to the console. */
class BotTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static Settings settings(PageFolder pages) throws Exception {
    return new ConfigLoader(
            Map.of(
                "WEBINARBOT_CONTENT_DIR", pages.root().toString(),
                "WEBINARBOT_STORAGE_JDBC_URL", TestDatabases.h2().jdbcUrl(),
                "WEBINARBOT_HTTP_PORT", "0"))
        .load(Optional.empty());
  }

  /** A talk two hours from now: found late, so it is announced at once. */
  private static void writeSoonTalk(PageFolder pages, String file, String title) {
    ZonedDateTime start = ZonedDateTime.now(Clock.systemUTC()).plusHours(2);
    pages.webinar(
        file,
        title,
        start.toLocalDate().toString(),
        start.format(DateTimeFormatter.ofPattern("HH:mm")) + " - 23:59 UTC");
  }

  @Test
  void givenNoChatPlatform_whenAPageAppearsWhileServing_thenItsAnnouncementIsPrintedAndEditsFollow(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    StringWriter console = new StringWriter();
    try (Bot bot =
        Bot.start(
            settings(pages),
            new Secrets(Map.of()),
            Clock.systemUTC(),
            new PrintWriter(console, true))) {
      assertThat(bot.catalogue().get().size()).isZero();

      writeSoonTalk(pages, "soon.md", "Soon");
      await().atMost(PATIENCE).until(() -> console.toString().contains("New webinar: Soon"));
      writeSoonTalk(pages, "soon.md", "Sooner");

      await().atMost(PATIENCE).until(() -> console.toString().contains("[edited "));
      assertThat(console.toString())
          .contains("Updated: Sooner")
          .contains("Changed title: Soon → Sooner")
          .contains("New webinar: Sooner");
    }
  }

  @Test
  void givenSlackOff_whenSomethingPostsToTheSlackUrl_thenUnavailableWithTheReason(
      @TempDir Path temp) throws Exception {
    try (Bot bot =
        Bot.start(
            settings(new PageFolder(temp)),
            new Secrets(Map.of()),
            Clock.systemUTC(),
            new PrintWriter(new StringWriter(), true))) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          bot.web().orElseThrow().localUri().resolve("/slack/events"))
                      .POST(HttpRequest.BodyPublishers.ofString("command=%2Fwebinars"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).isEqualTo("Slack is off: SLACK_BOT_TOKEN is not set\n");
    }
  }

  @Test
  void givenAMissingContentFolder_whenStarting_thenTheFailureNamesTheFolderAndTheSetting(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    Settings s = settings(pages);
    Settings missing =
        new Settings(
            new Settings.Content(temp.resolve("nowhere")),
            s.site(),
            s.schedule(),
            s.storage(),
            s.http(),
            s.slack(),
            s.discord(),
            s.log());

    assertThatThrownBy(
            () ->
                Bot.start(
                    missing,
                    new Secrets(Map.of()),
                    Clock.systemUTC(),
                    new PrintWriter(new StringWriter())))
        .isInstanceOf(Bot.StartFailure.class)
        .hasMessage(
            "content folder " + temp.resolve("nowhere") + " not found (content.dir or --content)");
  }
}
