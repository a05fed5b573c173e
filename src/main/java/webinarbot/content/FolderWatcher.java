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

  /**
   * @param quiet how long the folder must stay unchanged before a batch is reported
   * @param onChange called on the watcher's thread with each batch
   */
  public FolderWatcher(Path root, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
    this.root = root;
    this.quiet = quiet;
    this.onChange = onChange;
    this.watch = FileSystems.getDefault().newWatchService();
    registerTree(root);
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
        report(batch);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain(WatchKey key, Set<Path> batch) {
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
