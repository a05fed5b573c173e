package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.Main;
import webinarbot.config.Settings;
import webinarbot.storage.Database;
import webinarbot.testing.LogCapture;
import webinarbot.testing.PageFolder;
import webinarbot.testing.ops.PrometheusText;

/**
 * {@code serve} on a fresh machine: no configuration file, no secrets. It starts on the embedded
 * database, says per platform what is missing, prints posts to standard output and serves the HTTP
 * endpoints. Run in-process through the real command line; only the database file and the port (0:
 * any free one) are moved out of the way of other tests.
 */
class FirstRunTest {
  private static final Pattern PORT = Pattern.compile("HTTP server listening on port (\\d+)");
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  /** {@code serve} running in-process on its own thread, stopped like SIGTERM would. */
  private static final class Serving implements AutoCloseable {
    final StringWriter stdout = new StringWriter();
    final LogCapture log = new LogCapture();
    final StopSignal stop = StopSignal.manual();
    final CompletableFuture<Integer> exit;

    Serving(Path content, Map<String, String> env) {
      CliContext context =
          new CliContext(
              env,
              Clock.systemUTC(),
              new PrintWriter(stdout, true),
              new PrintWriter(new StringWriter(), true),
              stop);
      exit =
          CompletableFuture.supplyAsync(
              () -> Main.run(new String[] {"--content", content.toString(), "serve"}, context));
      try {
        await().atMost(PATIENCE).until(() -> log.text().contains("serving "));
      } catch (RuntimeException e) {
        stop.stop();
        closeLog();
        throw new AssertionError("serve did not start; it logged:\n" + log.text(), e);
      }
    }

    private void closeLog() {
      try {
        log.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    URI base() {
      Matcher port = PORT.matcher(log.text());
      assertThat(port.find()).as("the port in the log").isTrue();
      return URI.create("http://127.0.0.1:" + port.group(1) + "/");
    }

    int stopAndWait() throws Exception {
      stop.stop();
      return exit.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      stop.stop();
      closeLog();
    }
  }

  private static Map<String, String> freshMachine(Path temp, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("WEBINARBOT_STORAGE_JDBC_URL", "jdbc:h2:file:" + temp.resolve("data/webinar-bot"));
    env.put("WEBINARBOT_HTTP_PORT", "0");
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenNoConfigurationAndNoSecrets_whenServing_thenItRunsPrintsPostsAndAnswersHttp(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    ZonedDateTime soon = ZonedDateTime.now(Clock.systemUTC()).plusHours(2);
    pages.webinar(
        "soon.md",
        "Soon",
        soon.toLocalDate().toString(),
        soon.format(DateTimeFormatter.ofPattern("HH:mm")) + " - 23:59 UTC");
    pages.webinar("later.md", "Later", "2031-01-02", "10:00 - 11:00 UTC");

    try (Serving serve = new Serving(pages.root(), freshMachine(temp))) {
      URI base = serve.base();
      HttpResponse<String> health = get(base, "healthz");
      HttpResponse<String> ready = get(base, "readyz");
      HttpResponse<String> calendar = get(base, "webinars.ics");
      await().atMost(PATIENCE).until(() -> serve.stdout.toString().contains("New webinar: Soon"));
      await()
          .atMost(PATIENCE)
          .until(() -> get(base, "metrics").body().contains("outcome=\"sent\""));
      PrometheusText metrics = PrometheusText.parse(get(base, "metrics").body());

      assertThat(serve.stopAndWait()).isZero();
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(ready.statusCode()).isEqualTo(200);
      JsonNode checks = JSON.readTree(ready.body()).path("checks");
      assertThat(checks.fieldNames()).toIterable().containsExactly("database", "content", "role");
      assertThat(checks.path("database").path("detail").asText()).isEqualTo("H2 answers");
      assertThat(checks.path("content").path("detail").asText())
          .isEqualTo("watching " + pages.root() + ": 2 webinars");
      assertThat(checks.path("role").path("detail").asText())
          .isEqualTo("scheduler: alone; discord-gateway: off");
      assertThat(calendar.body()).contains("SUMMARY:Soon", "SUMMARY:Later");
      assertThat(metrics.value("webinarbot_content_webinars", Map.of())).isEqualTo(2);
      assertThat(
              metrics.value(
                  "webinarbot_deliveries_total",
                  Map.of("platform", "console", "kind", "announcement", "outcome", "sent")))
          .isEqualTo(1);
      assertThat(metrics.samples("jvm_memory_used_bytes")).isNotEmpty();
      assertThat(serve.log.lines())
          .filteredOn(l -> l.contains("Slack is off") || l.contains("Discord is off"))
          .hasSize(2)
          .anySatisfy(l -> assertThat(l).endsWith("Slack is off: SLACK_BOT_TOKEN is not set"))
          .anySatisfy(l -> assertThat(l).endsWith("Discord is off: DISCORD_TOKEN is not set"));
      assertThat(serve.log.text())
          .contains("no chat platform is configured: posts go to standard output")
          .contains("ServeCli - stopped");
      // What was loaded and what comes next, so a first start shows something.
      assertThat(serve.log.lines())
          .anySatisfy(
              l ->
                  assertThat(l)
                      .contains(
                          "ServeCli - 2 webinars (2 upcoming) from 2 pages, 0 error(s), 0"
                              + " warning(s); next: ")
                      .containsPattern(
                          "next: (announcement|reminder-1h|starting) for soon on .* UTC, (in |now)"));
    }
  }

  @Test
  void givenAnH2FileMadeWithoutAPassword_whenServedWithOne_thenItStopsWithExit2AndSaysHowToFix(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("later.md", "Later", "2031-01-02", "10:00 - 11:00 UTC");
    Map<String, String> firstRun = freshMachine(temp);
    Database.open(
            new Settings.Storage(firstRun.get("WEBINARBOT_STORAGE_JDBC_URL"), "", ""),
            Clock.systemUTC())
        .close();
    StringWriter err = new StringWriter();

    int exit;
    try (LogCapture log = new LogCapture()) {
      exit =
          Main.run(
              new String[] {"--content", pages.root().toString(), "serve"},
              new CliContext(
                  freshMachine(temp, "WEBINARBOT_STORAGE_PASSWORD", "change-me"),
                  Clock.systemUTC(),
                  new PrintWriter(new StringWriter(), true),
                  new PrintWriter(err, true),
                  StopSignal.manual()));
    }

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("Wrong user name or password")
        .contains("An H2 database keeps the user and password it was created with")
        .contains("WEBINARBOT_STORAGE_PASSWORD is set now")
        .doesNotContain("change-me");
  }

  @Test
  void givenJsonLogs_whenServing_thenEveryLineOnStandardErrorIsOneJsonObject(@TempDir Path temp)
      throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("later.md", "Later", "2031-01-02", "10:00 - 11:00 UTC");

    try (Serving serve =
        new Serving(pages.root(), freshMachine(temp, "WEBINARBOT_LOG_FORMAT", "json"))) {
      assertThat(serve.stopAndWait()).isZero();

      assertThat(serve.log.lines()).hasSizeGreaterThan(5);
      for (String line : serve.log.lines()) {
        JsonNode event = JSON.readTree(line);
        assertThat(event.path("time").asText()).endsWith("Z");
        assertThat(event.path("level").asText()).isIn("INFO", "WARN", "ERROR");
      }
      assertThat(serve.log.text())
          .contains("\"message\":\"Slack is off: SLACK_BOT_TOKEN is not set\"");
    }
  }
}
