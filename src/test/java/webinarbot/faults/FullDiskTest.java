package webinarbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.app.Bot;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.testing.FullDisk;
import webinarbot.testing.LogCapture;
import webinarbot.testing.PageFolder;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * Issue 10, item 3: the disk under the H2 database fills up part-way through a burst of reminders
 * and frees up a few seconds later. The bot says it is not ready meanwhile, gets its database back
 * by itself, and then posts every reminder that fell due, each once, well within {@code
 * schedule.grace}.
 */
class FullDiskTest {
  private static final int TALKS = 20;
  private static final Pattern TITLE = Pattern.compile("Disk (\\d{2})");

  @AfterEach
  void space() {
    FullDisk.free();
  }

  @Test
  void givenABurstOnH2_whenTheDiskFillsUpAndFreesAgain_thenEveryReminderIsPostedOnce(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    Instant first = Instant.now(Clock.systemUTC()).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    Instant[] due = new Instant[TALKS];
    for (int i = 0; i < TALKS; i++) {
      due[i] = first.plusMillis(300L * i);
      pages.write(
          String.format("disk-%02d.md", i),
          String.format(
              "+++\ntitle = \"Disk %02d\"\ndate = %s\ntype = \"webinar\"\n+++\nA talk.\n",
              i, due[i]));
    }
    try (LogCapture log = new LogCapture();
        SlackApiStandIn slack = new SlackApiStandIn()) {
      Map<String, String> env = new HashMap<>();
      env.put("WEBINARBOT_CONTENT_DIR", pages.root().toString());
      env.put("WEBINARBOT_STORAGE_JDBC_URL", FullDisk.url(temp.resolve("db/bot")));
      env.put("WEBINARBOT_HTTP_PORT", "0");
      env.put("WEBINARBOT_SCHEDULE_REMINDERS", "0m");
      env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
      env.put("WEBINARBOT_SLACK_CHANNELS", "C0DISK");
      env.put(Secrets.SLACK_BOT_TOKEN, "xoxb-stand-in");
      env.put(Secrets.SLACK_SIGNING_SECRET, "stand-in-signing-secret");
      try (Bot bot =
          Bot.start(
              new ConfigLoader(env).load(Optional.empty()),
              new Secrets(env),
              Clock.systemUTC(),
              new PrintWriter(new StringWriter()))) {
        URI readyz = bot.web().orElseThrow().localUri().resolve("/readyz");
        await().atMost(Duration.ofSeconds(30)).until(() -> posted(slack).size() >= TALKS * 3 / 10);

        FullDisk.fill();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(readyz) == 503);
        // A third of the burst falls due while the disk is full.
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> Instant.now(Clock.systemUTC()).isAfter(due[TALKS * 2 / 3]));
        FullDisk.free();

        await().atMost(Duration.ofSeconds(60)).until(() -> posted(slack).size() == TALKS);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(readyz) == 200);
        Map<Integer, Integer> times = posted(slack);
        assertThat(times.values()).as("posts per talk: %s", times).containsOnly(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(TALKS);
      }
      assertThat(log.text()).contains("the database does not answer: ");
    }
  }

  private static Map<Integer, Integer> posted(SlackApiStandIn slack) {
    Map<Integer, Integer> n = new TreeMap<>();
    for (SlackApiStandIn.Posted m : slack.messages("C0DISK")) {
      Matcher t = TITLE.matcher(m.text());
      if (t.find()) {
        n.merge(Integer.parseInt(t.group(1)), 1, Integer::sum);
      }
    }
    return n;
  }

  private static int status(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
