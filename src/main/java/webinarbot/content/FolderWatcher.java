package webinarbot.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a content folder and its subfolders, and reports changed files in batches: a batch ends
 * when the folder has been quiet for a moment (an editor's save, or a {@code git pull}, touches a
 * file several times). A batch containing the root itself means "reload everything" (new folders,
 * or events lost to an overflow).
 *
 * <p>The folder may lie under a symlink that is swapped to a new tree, as git-sync publishes each
 * commit (deploy/kubernetes): the link's parent folder is watched too, and when the root resolves
 * somewhere new, the new tree is watched and the whole folder reported.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  /** A batch is flushed after this long even if writes keep coming. */
  private static final Duration LONGEST_BATCH = Duration.ofSeconds(1);

  private final Path root;
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final WatchService watch;
  private final Thread thread;
  private final Set<WatchKey> linkParents = new HashSet<>();
  private Path realRoot;

  /**
   * @param quiet how long the folder must stay unchanged before a batch is reported
   * @param onChange called on the watcher's thread with each batch
   */
  public FolderWatcher(Path root, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
    this.root = root;
    this.quiet = quiet;
    this.onChange = onChange;
    this.watch = FileSystems.getDefault().newWatchService();
    this.realRoot = root.toRealPath();
    registerTree(root);
    registerLinkParents();
    this.thread = new Thread(this::loop, "content-watch");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void loop() {
    try {
      while (true) {
        Set<Path> batch = new LinkedHashSet<>();
        drain(watch.take(), batch);
        long end = System.nanoTime() + LONGEST_BATCH.toNanos();
        WatchKey next;
        while (System.nanoTime() < end
            && (next = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(next, batch);
        }
        followSwappedLink(batch);
        if (!batch.isEmpty()) {
          report(batch);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain(WatchKey key, Set<Path> batch) {
    if (linkParents.contains(key)) {
      // Only a hint that a link may have moved: followSwappedLink decides.
      key.pollEvents();
      key.reset();
      return;
    }
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        batch.add(root);
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        registerTree(changed);
        batch.add(root);
      }
      batch.add(changed);
    }
    key.reset();
  }

  /** The root now resolves into another tree (a swapped symlink): watch that one, reload all. */
  private void followSwappedLink(Set<Path> batch) {
    Path now;
    try {
      now = root.toRealPath();
    } catch (IOException e) {
      return; // between a removal and its replacement; the next event comes soon
    }
    if (now.equals(realRoot)) {
      return;
    }
    LOG.info("content folder {} now resolves to {}: watching the new tree", root, now);
    realRoot = now;
    registerTree(root);
    batch.add(root);
  }

  /** Each symlink on the way to the root: its folder, where a swap shows as a new entry. */
  private void registerLinkParents() throws IOException {
    for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isSymbolicLink(p) && p.getParent() != null) {
        linkParents.add(p.getParent().register(watch, ENTRY_CREATE, ENTRY_DELETE));
      }
    }
  }

  private void report(Set<Path> batch) {
    try {
      onChange.accept(Set.copyOf(batch));
    } catch (RuntimeException e) {
      LOG.error("reloading after a change to {} failed", batch, e);
    }
  }

  private void registerTree(Path dir) {
    try (Stream<Path> dirs = Files.walk(dir)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + dir, e);
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
  }
}
