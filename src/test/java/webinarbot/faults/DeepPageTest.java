package webinarbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.DeepFolder;
import webinarbot.testing.PageFolder;
import webinarbot.testing.ServeProcess;

/**
 * Issue 10, item 4: pages nested 5,000 deep, in their front matter and in their folders. Each is an
 * error on that page (or folder); {@code lint} reports it and goes on, {@code serve} starts, serves
 * the other pages and keeps watching.
 */
class DeepPageTest {
  private static final int DEPTH = 5000;

  @TempDir Path temp;
  private PageFolder pages;

  @BeforeEach
  void deepPages() {
    pages = new PageFolder(temp);
    pages.webinar("good.md", "Good", "2030-01-02", "10:00 - 11:00 UTC");
    pages.write(
        "nested.md",
        "+++\ntitle = \"Nested\"\ndate = \"2030-01-03\"\nx = "
            + "[".repeat(DEPTH)
            + "]".repeat(DEPTH)
            + "\n+++\nDeep.\n");
    DeepFolder.make(pages.root().resolve("deep"), DEPTH, "deep.md", page("Deep"));
    DeepFolder.make(pages.root().resolve("thousand"), 1000, "thousand.md", page("Thousand"));
  }

  @AfterEach
  void removeDeepFolders() {
    DeepFolder.delete(pages.root().resolve("deep"));
    DeepFolder.delete(pages.root().resolve("thousand"));
  }

  @Test
  void givenPagesNested5000Deep_whenLinted_thenEachIsAnErrorOnItsPageAndTheRestIsRead() {
    CliRun lint =
        CliRun.run(Map.of(), Clock.systemUTC(), "--content", pages.root().toString(), "lint");

    assertThat(lint.exitCode()).as(lint.err()).isEqualTo(1);
    assertThat(lint.out())
        .contains(
            pages.root().resolve("nested.md")
                + ":4:"
                + NESTED_COLUMN
                + ": error: front matter nests arrays or tables more than 64 levels deep")
        .contains("error: cannot read: File name too long; pages in it are left out")
        .contains("2 webinar(s)");
  }

  @Test
  void givenPagesNested5000Deep_whenServing_thenItStartsServesTheRestAndKeepsWatching()
      throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (ServeProcess serve =
        new ServeProcess(
            temp.resolve("serve.log"), List.of("--content", pages.root().toString(), "serve"))) {
      serve
          .env("WEBINARBOT_STORAGE_JDBC_URL", "jdbc:h2:file:" + temp.resolve("db/bot"))
          .env("WEBINARBOT_HTTP_PORT", String.valueOf(port))
          .start()
          .awaitServing(Duration.ofSeconds(60));

      assertThat(serve.log())
          .contains("serving 2 webinars")
          .contains("error: front matter nests arrays or tables more than 64 levels deep");
      pages.webinar("later.md", "Later", "2030-02-02", "10:00 - 11:00 UTC");
      await().atMost(Duration.ofSeconds(30)).until(() -> serve.log().contains("content changed"));
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode content = new ObjectMapper().readTree(ready.body()).path("checks").path("content");
      assertThat(content.path("ready").asBoolean()).isTrue();
      assertThat(content.path("detail").asText()).endsWith(": 3 webinars");
      assertThat(serve.isAlive()).isTrue();
    }
  }

  /** Where the 65th bracket of line 4 ({@code x = [[[…}) stands. */
  private static final int NESTED_COLUMN = "x = ".length() + 65;

  private static String page(String title) {
    return "+++\ntitle = \"" + title + "\"\ndate = \"2030-01-04\"\n+++\nDeep.\n";
  }
}
