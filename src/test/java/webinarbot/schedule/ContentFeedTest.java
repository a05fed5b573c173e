package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.content.ContentReloader;
import webinarbot.content.HugoContentLoader;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.PageFolder;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;

/**
 * The content folder as the running bot follows it: a full load at start, then each batch of
 * changed files reloaded, handed to the schedule and then to the catalogue's followers (Discord's
 * scheduled events). The batches are handed over directly, as the folder watcher would.
 */
class ContentFeedTest {
  @TempDir Path temp;
  private final ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2);
  private PageFolder pages;
  private ContentFeed feed;

  /** A feed whose watcher looks at an empty folder: the test hands it each batch itself. */
  private ContentFeed feed() throws java.io.IOException {
    return feed(java.nio.file.Files.createDirectories(temp.resolve("elsewhere")));
  }

  private ContentFeed watchingFeed() {
    return feed(null);
  }

  private ContentFeed feed(Path watched) {
    pages = new PageFolder(temp);
    feed =
        new ContentFeed(
            new ContentReloader(
                new HugoContentLoader(PageFolder.BASE_URL, ZoneId.of("UTC")), pages.root()),
            watched == null ? pages.root() : watched);
    return feed;
  }

  @AfterEach
  void stop() {
    if (feed != null) {
      feed.close();
    }
    h.close();
  }

  private Path page(String name, String title, String date) {
    return pages.webinar(name, title, date, "10:00 - 11:00 UTC");
  }

  private List<String> announced() {
    return h.channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().title() + " " + m.post().kind())
        .toList();
  }

  @Test
  void givenAFolderWithABrokenPage_whenLoaded_thenTheOthersLoadAndTheErrorIsLoggedOnce()
      throws Exception {
    feed();
    page("a.md", "Alpha", "2026-06-03");
    Path broken = pages.write("broken.md", "+++\ntitle = \"Broken\"\ndate = \"soon\"\n+++\n");
    assertThat(feed.current()).isNull();

    try (LogCapture log = new LogCapture()) {
      h.start(feed::loadAll);
      feed.watch(h.scheduler());
      assertThat(feed.current().catalogue().all()).extracting(Webinar::title).contains("Alpha");
      assertThat(log.lines()).filteredOn(l -> l.contains("broken.md")).hasSize(1);

      Path b = page("b.md", "Beta", "2026-06-04");
      feed.changed(Set.of(b));

      assertThat(feed.current().catalogue().all())
          .extracting(Webinar::title)
          .containsExactlyInAnyOrder("Alpha", "Beta");
      assertThat(log.lines()).filteredOn(l -> l.contains("broken.md")).hasSize(1);

      pages.write("broken.md", "+++\ntitle = \"Broken\"\ndate = \"later\"\n+++\n");
      feed.changed(Set.of(broken));
      assertThat(log.lines()).filteredOn(l -> l.contains("broken.md")).hasSize(2);
    }
  }

  @Test
  void givenAWatchedFolder_whenAPageIsAdded_thenItIsAnnouncedAndFollowersSeeTheNewCatalogue()
      throws Exception {
    watchingFeed();
    page("a.md", "Alpha", "2026-06-03");
    h.start(feed::loadAll);
    List<Catalogue> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    feed.follow(seen::add);
    feed.watch(h.scheduler());
    h.runDue();
    assertThat(feed.current().diagnostics()).isEmpty();
    assertThat(feed.watching()).isTrue();
    assertThat(feed.problem()).isEmpty();

    page("b.md", "Beta", "2026-06-04");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).size() == 2);
    h.runDue();
    assertThat(announced()).containsExactly("Alpha announcement", "Beta announcement");
    assertThat(seen.get(seen.size() - 1).all())
        .extracting(Webinar::title)
        .containsExactly("Alpha", "Beta");
  }

  @Test
  void givenMostPagesGoneAtOnce_whenReloaded_thenTheFeedReportsAnOutageAndKeepsTheCatalogue()
      throws Exception {
    feed();
    List<Path> files = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d")) {
      files.add(page(id + ".md", "Talk " + id, "2026-06-0" + (3 + files.size())));
    }
    h.start(feed::loadAll);
    feed.watch(h.scheduler());
    List<Catalogue> seen = new ArrayList<>();
    feed.follow(seen::add);
    assertThat(feed.outage()).isEmpty();

    try (LogCapture log = new LogCapture()) {
      for (String id : List.of("b", "c", "d")) {
        pages.delete(id + ".md");
      }
      feed.changed(Set.copyOf(files.subList(1, 4)));

      assertThat(feed.outage()).hasValueSatisfying(why -> assertThat(why).contains("vanished"));
      assertThat(feed.problem())
          .hasValueSatisfying(
              p ->
                  assertThat(p)
                      .startsWith("content outage: 3 of the 4 upcoming webinars vanished")
                      .endsWith("; serving the last good catalogue"));
      assertThat(seen.get(0).size()).isEqualTo(4);
      assertThat(log.text()).contains("content outage");
    }
  }

  @Test
  void givenAFeedNotYetWatching_thenItReportsNoProblemAndIsNotWatching() throws Exception {
    feed();

    assertThat(feed.watching()).isFalse();
    assertThat(feed.problem()).isEmpty();
    assertThat(feed.outage()).isEmpty();
  }
}
