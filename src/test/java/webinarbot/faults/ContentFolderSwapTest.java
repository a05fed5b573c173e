package webinarbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.app.Bot;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.testing.LogCapture;
import webinarbot.testing.PageFolder;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * Issue 10, item 2, as an operator meets it: {@code rm -rf content; cp -r copy content} (a botched
 * checkout, a volume mounted late, git-sync caught mid-swap) under the running bot. Nothing is
 * cancelled or edited, {@code /readyz} and the metric say there is an outage while the folder is
 * gone, and the watch follows the new folder: a page added to it is announced, and a single page
 * removed from it is still a cancellation.
 */
class ContentFolderSwapTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void givenAnnouncedTalks_whenTheContentFolderIsRemovedAndCopiedBack_thenNothingIsCancelled(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    ZonedDateTime day = ZonedDateTime.now(Clock.systemUTC()).plusDays(3);
    for (String id : List.of("one", "two", "three")) {
      pages.webinar(id + ".md", "Talk " + id, day.toLocalDate().toString(), "10:00 - 11:00 UTC");
    }
    Path content = temp.resolve("content");
    try (LogCapture log = new LogCapture();
        SlackApiStandIn slack = new SlackApiStandIn();
        Bot bot = start(temp, pages, slack)) {
      URI readyz = bot.web().orElseThrow().localUri().resolve("/readyz");
      await().atMost(PATIENCE).until(() -> slack.messages("C0SWAP").size() == 3);
      Path copy = temp.resolve("copy");
      copyTree(content, copy);

      deleteTree(content);

      await().atMost(PATIENCE).until(() -> !contentCheck(readyz).path("ready").asBoolean(true));
      assertThat(contentCheck(readyz).path("detail").asText())
          .startsWith("content outage: content folder " + pages.root() + " is missing");
      assertThat(bot.metrics().registry().get("webinarbot.content.outage").gauge().value())
          .isEqualTo(1.0);
      copyTree(copy, content);
      await().atMost(PATIENCE).until(() -> contentCheck(readyz).path("ready").asBoolean());
      assertThat(bot.metrics().registry().get("webinarbot.content.outage").gauge().value())
          .isZero();
      assertThat(bot.catalogue().get().size()).isEqualTo(3);

      pages.webinar("four.md", "Talk four", day.toLocalDate().toString(), "12:00 - 13:00 UTC");
      await().atMost(PATIENCE).until(() -> slack.messages("C0SWAP").size() == 4);
      assertThat(texts(slack)).noneMatch(t -> t.startsWith("Cancelled"));
      assertThat(slack.calls("chat.update")).isEmpty();

      pages.delete("two.md");
      await().atMost(PATIENCE).until(() -> slack.messages("C0SWAP").size() == 5);
      assertThat(texts(slack)).filteredOn(t -> t.contains("Cancelled")).hasSize(1);
      assertThat(texts(slack).get(4)).contains("Talk two");
      assertThat(log.text()).contains("content outage: content folder " + pages.root());
    }
  }

  private static Bot start(Path temp, PageFolder pages, SlackApiStandIn slack) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("WEBINARBOT_CONTENT_DIR", pages.root().toString());
    env.put("WEBINARBOT_STORAGE_JDBC_URL", "jdbc:h2:file:" + temp.resolve("db/bot"));
    env.put("WEBINARBOT_HTTP_PORT", "0");
    env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
    env.put("WEBINARBOT_SLACK_CHANNELS", "C0SWAP");
    env.put(Secrets.SLACK_BOT_TOKEN, "xoxb-stand-in");
    env.put(Secrets.SLACK_SIGNING_SECRET, "stand-in-signing-secret");
    return Bot.start(
        new ConfigLoader(env).load(Optional.empty()),
        new Secrets(env),
        Clock.systemUTC(),
        new PrintWriter(new StringWriter()));
  }

  private static List<String> texts(SlackApiStandIn slack) {
    return slack.messages("C0SWAP").stream().map(SlackApiStandIn.Posted::text).toList();
  }

  private static JsonNode contentCheck(URI readyz) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(readyz).build(), HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body()).path("checks").path("content");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
