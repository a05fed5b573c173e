package webinarbot.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * somewhere new, the new tree is watched and the whole folder reported. The folder itself may be
 * removed and made again ({@code rm -rf content; cp -r copy content}): once a second the watcher
 * looks whether it is still the folder it watches, and reports the root when it is gone and again
 * when it is back.
 *
 * <p>Nothing the file system does ends the watch: a folder that vanishes before it can be watched,
 * one too deep to watch, or an error while reporting costs that folder or that batch, with a log
 * line. If the thread ends anyway, {@link #stopped} says why, for readiness.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  /** A batch is flushed after this long even if writes keep coming. */
  private static final Duration LONGEST_BATCH = Duration.ofSeconds(1);

  /** How often the root is looked at: once it is removed, no event says what becomes of it. */
  private static final Duration ROOT_CHECK = Duration.ofSeconds(1);

  private final Path root;
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final WatchService watch;
  private final Thread thread;
  private final Set<WatchKey> linkParents = new HashSet<>();
  private Path realRoot;
  private WatchKey rootKey;
  private Object rootId;
  private boolean rootGone;
  private volatile boolean closed;
  private volatile String stopped;

  /**
   * @param quiet how long the folder must stay unchanged before a batch is reported
   * @param onChange called on the watcher's thread with each batch
   * @throws IOException when the root itself cannot be watched
   */
  public FolderWatcher(Path root, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
    this.root = root;
    this.quiet = quiet;
    this.onChange = onChange;
    this.watch = FileSystems.getDefault().newWatchService();
    this.realRoot = root.toRealPath();
    registerTree(root);
    if (rootKey == null) {
      watch.close();
      throw new IOException("cannot watch " + root);
    }
    registerLinkParents();
    this.thread = new Thread(this::loop, "content-watch");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Why the watch stopped, if it did before {@link #close}: edits are then not seen. */
  public Optional<String> stopped() {
    String why = stopped;
    return why != null ? Optional.of(why) : Optional.empty();
  }

  private void loop() {
    String why = "it ended";
    try {
      while (!closed) {
        try {
          watchOnce();
        } catch (InterruptedException | ClosedWatchServiceException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException | StackOverflowError e) {
          LOG.error("the content watch hit an error; it carries on", e);
        }
      }
    } catch (Error e) {
      why = e.toString();
      throw e;
    } finally {
      if (!closed) {
        stopped = why;
        LOG.error("the content watch stopped ({}); changes to {} are not seen", why, root);
      }
    }
  }

  /** Waits for a batch of changes (or a second), then reports what changed. */
  private void watchOnce() throws InterruptedException {
    Set<Path> batch = new LinkedHashSet<>();
    WatchKey next = watch.poll(ROOT_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    if (next != null) {
      drain(next, batch);
      long end = System.nanoTime() + LONGEST_BATCH.toNanos();
      while (System.nanoTime() < end
          && (next = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
        drain(next, batch);
      }
    }
    followSwappedLink(batch);
    checkRoot(batch);
    if (!batch.isEmpty()) {
      report(batch);
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
    if (!key.reset() && key.equals(rootKey)) {
      batch.add(root); // the root itself was removed: checkRoot follows what becomes of it
    }
  }

  /**
   * The root is gone, or is another folder than the one watched (removed and made again): report
   * it, and watch the new one once it is there.
   */
  private void checkRoot(Set<Path> batch) {
    Object id = folderId(root);
    if (id == null) {
      if (!rootGone) {
        rootGone = true;
        LOG.warn("content folder {} is gone; watching for it to come back", root);
        batch.add(root);
      }
      return;
    }
    if (rootGone || !id.equals(rootId) || rootKey == null || !rootKey.isValid()) {
      if (rootGone) {
        LOG.info("content folder {} is back", root);
      }
      rootGone = false;
      registerTree(root);
      batch.add(root);
    }
  }

  /** The folder's identity (device and inode), null when it is not a folder now. */
  private static Object folderId(Path dir) {
    try {
      BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
      return a.isDirectory() ? Objects.requireNonNullElse(a.fileKey(), dir.toRealPath()) : null;
    } catch (IOException e) {
      return null;
    }
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
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("reloading after a change to {} failed", batch, e);
    }
  }

  /**
   * Watches {@code dir} and every folder under it. A folder removed before it is watched is skipped
   * (its removal is an event of its parent); one that cannot be watched is logged and skipped, with
   * what lies below it.
   */
  private void registerTree(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              try {
                WatchKey key = d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                if (d.equals(root)) {
                  rootKey = key;
                  rootId = Objects.requireNonNullElse(attrs.fileKey(), d.toRealPath());
                }
                return FileVisitResult.CONTINUE;
              } catch (NoSuchFileException e) {
                return FileVisitResult.SKIP_SUBTREE;
              } catch (IOException e) {
                cannotWatch(d, e);
                return FileVisitResult.SKIP_SUBTREE;
              }
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (!(e instanceof NoSuchFileException)) {
                cannotWatch(f, e);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      cannotWatch(dir, e);
    }
  }

  private static void cannotWatch(Path p, IOException e) {
    String reason =
        e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.toString();
    LOG.warn("cannot watch {}: {}; changes below it are not seen", p, reason);
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
  }
}
