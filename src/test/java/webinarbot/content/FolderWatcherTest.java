package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.LogCapture;
import webinarbot.testing.PageFolder;

/**
 * Issue 10, item 4: nothing the file system does ends the content watch. Folders that appear and
 * vanish faster than they can be watched, and a content folder removed and made again, are
 * followed; new pages are seen afterwards.
 */
class FolderWatcherTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void givenFoldersMadeAndRemovedFast_whenAPageIsSavedAfterwards_thenTheWatchStillSeesIt(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    List<Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (LogCapture log = new LogCapture();
        FolderWatcher w = new FolderWatcher(pages.root(), Duration.ofMillis(5), batches::add)) {
      w.start();

      for (int i = 0; i < 300; i++) {
        Path race = pages.root().resolve("race" + i);
        Files.createDirectories(race.resolve("a/b/c"));
        deleteTree(race);
      }
      Path page = pages.webinar("after.md", "After", "2030-01-02", "10:00 - 11:00 UTC");

      await().atMost(PATIENCE).until(() -> batches.stream().anyMatch(b -> b.contains(page)));
      assertThat(w.stopped()).isEmpty();
      assertThat(log.text()).doesNotContain("UncheckedIOException").doesNotContain("stopped");
    }
  }

  @Test
  void givenTheContentFolderRemovedAndMadeAgain_whenAPageIsSavedInTheNewOne_thenItIsSeen(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("first.md", "First", "2030-01-02", "10:00 - 11:00 UTC");
    Path root = pages.root();
    List<Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (LogCapture log = new LogCapture();
        FolderWatcher w = new FolderWatcher(root, Duration.ofMillis(5), batches::add)) {
      w.start();

      deleteTree(root);
      await().atMost(PATIENCE).until(() -> batches.stream().anyMatch(b -> b.contains(root)));
      int before = batches.size();
      new PageFolder(temp).webinar("first.md", "First", "2030-01-02", "10:00 - 11:00 UTC");
      await()
          .atMost(PATIENCE)
          .until(() -> batches.stream().skip(before).anyMatch(b -> b.contains(root)));
      Path later = pages.webinar("later.md", "Later", "2030-02-02", "10:00 - 11:00 UTC");

      await().atMost(PATIENCE).until(() -> batches.stream().anyMatch(b -> b.contains(later)));
      assertThat(w.stopped()).isEmpty();
      assertThat(log.text()).contains("content folder " + root + " is gone");
    }
  }

  @Test
  void givenAnErrorNothingCanCarryOnFrom_whenTheWatchMeetsIt_thenItSaysItStoppedAndWhy(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    try (LogCapture log = new LogCapture();
        FolderWatcher w =
            new FolderWatcher(
                pages.root(),
                Duration.ofMillis(5),
                batch -> {
                  throw new NoClassDefFoundError("webinarbot/Gone");
                })) {
      w.start();

      pages.webinar("page.md", "Page", "2030-01-02", "10:00 - 11:00 UTC");

      // The error ends the watch's thread, as it would in the bot; Awaitility must not take it
      // for the test's own failure.
      await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> w.stopped().isPresent());
      assertThat(w.stopped().get()).contains("NoClassDefFoundError");
      assertThat(log.text()).contains("the content watch stopped");
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
