package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * git-sync (deploy/kubernetes) never edits files in place: it checks each new commit out into a
 * fresh worktree, swaps a symlink to it atomically, and deletes the old worktree. A bot whose
 * content folder lies under that symlink must still see every new commit.
 */
class GitSyncSwapTest {
  private static final String PAGE =
      "+++\ntitle = \"%s\"\ndate = \"2030-01-02\"\ntime_slot = \"10:00 - 11:00 UTC\"\n"
          + "type = \"webinar\"\n+++\nBody.\n";

  /** A worktree as git-sync makes it: {@code .worktrees/SHA/content/news/webinars/talk.md}. */
  private static Path worktree(Path root, String sha, String title) throws Exception {
    Path pages = root.resolve(".worktrees").resolve(sha).resolve("content/news/webinars");
    Files.createDirectories(pages);
    Files.writeString(pages.resolve("talk.md"), String.format(PAGE, title), StandardCharsets.UTF_8);
    return root.resolve(".worktrees").resolve(sha);
  }

  /** git-sync's publish: a new symlink renamed over the old one, then the old tree removed. */
  private static void publish(Path root, Path newTree, Path oldTree) throws Exception {
    Path tmp = root.resolve("tmp-link");
    Files.createSymbolicLink(tmp, newTree);
    Files.move(
        tmp,
        root.resolve("site"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    try (Stream<Path> files = Files.walk(oldTree)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void givenTheContentFolderUnderASymlink_whenGitSyncSwapsIt_thenTheNewCommitIsReported(
      @TempDir Path root) throws Exception {
    Path first = worktree(root, "aaa", "First");
    Files.createSymbolicLink(root.resolve("site"), first);
    Path content = root.resolve("site/content/news/webinars");
    List<Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (FolderWatcher watcher = new FolderWatcher(content, Duration.ofMillis(10), batches::add)) {
      watcher.start();

      Path second = worktree(root, "bbb", "Second");
      Files.writeString(second.resolve("content/news/webinars/new.md"), String.format(PAGE, "New"));
      publish(root, second, first);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> batches.stream().anyMatch(b -> b.contains(content)));
      // Watching goes on in the new tree: the commit after that is seen too.
      batches.clear();
      publish(root, worktree(root, "ccc", "Third"), root.resolve(".worktrees/bbb"));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> batches.stream().anyMatch(b -> b.contains(content)));
      assertThat(Files.readString(content.resolve("talk.md"))).contains("Third");
      assertThat(content.resolve("new.md")).doesNotExist();
    }
  }
}
