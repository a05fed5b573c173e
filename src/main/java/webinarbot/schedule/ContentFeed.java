package webinarbot.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.content.ContentReloader;
import webinarbot.content.Diagnostic;
import webinarbot.content.FolderWatcher;
import webinarbot.content.LoadResult;
import webinarbot.domain.Catalogue;

/**
 * The content folder as the running bot sees it: loaded once at start, then reloaded page by page
 * as files change, each reload handed to the schedule and then to whoever else follows the
 * catalogue (Discord's scheduled events).
 */
public final class ContentFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ContentFeed.class);

  /** Long enough to catch an editor's save in one batch, short enough for the 50 ms budget. */
  public static final Duration QUIET = Duration.ofMillis(10);

  private final ContentReloader reloader;
  private final Path root;
  private final AtomicReference<LoadResult> current = new AtomicReference<>();
  private final List<Consumer<Catalogue>> followers = new CopyOnWriteArrayList<>();
  private ReminderScheduler scheduler;
  private FolderWatcher watcher;

  public ContentFeed(ContentReloader reloader, Path root) {
    this.reloader = reloader;
    this.root = root;
  }

  /** The first full load, for {@link ReminderScheduler#start}. */
  public LoadResult loadAll() {
    LoadResult r = reloader.loadAll();
    logErrors(r, List.of());
    current.set(r);
    return r;
  }

  /** The latest load (null before the first): what {@code /metrics} reports on. */
  public LoadResult current() {
    return current.get();
  }

  /**
   * What keeps the bot from following its content, if anything: the watch stopped (changes are not
   * seen), or the content is in an outage (the last good catalogue is kept). For {@code /readyz}.
   */
  public Optional<String> problem() {
    Optional<String> stopped = watcher == null ? Optional.empty() : watcher.stopped();
    if (stopped.isPresent()) {
      return Optional.of(
          "the content watch stopped ("
              + stopped.get()
              + "); changes are not seen until a restart");
    }
    return outage().map(why -> "content outage: " + why + "; serving the last good catalogue");
  }

  /** Why the content is in an outage, if it is (see {@link ReminderScheduler#contentOutage}). */
  public Optional<String> outage() {
    return scheduler == null ? Optional.empty() : scheduler.contentOutage();
  }

  /** True while the folder is being watched. */
  public boolean watching() {
    return watcher != null && watcher.stopped().isEmpty();
  }

  /** Called with the new catalogue after every reload. */
  public void follow(Consumer<Catalogue> follower) {
    followers.add(follower);
  }

  /** Starts watching; every batch of changed files is reloaded and applied to {@code s}. */
  public void watch(ReminderScheduler s) throws IOException {
    this.scheduler = s;
    this.watcher = new FolderWatcher(root, QUIET, this::changed);
    watcher.start();
  }

  /** Reloads after {@code files} changed and applies the result; what the watcher calls. */
  public void changed(Set<Path> files) {
    LoadResult before = current.get();
    LoadResult r = reloader.reload(before, files);
    logErrors(r, before.diagnostics());
    current.set(r);
    LOG.info(
        "content changed ({} file(s)): {} webinars, {} error(s)",
        files.size(),
        r.catalogue().size(),
        r.errorCount());
    try {
      scheduler.apply(r);
    } catch (SchedulerException e) {
      LOG.error("the schedule could not take the reload of {}", files, e);
    }
    Catalogue c = scheduler.catalogue().get();
    followers.forEach(f -> f.accept(c));
  }

  /** Errors not reported before: a page's error is logged once, when it appears. */
  private static void logErrors(LoadResult r, List<Diagnostic> known) {
    r.diagnostics().stream()
        .filter(Diagnostic::isError)
        .filter(d -> !known.contains(d))
        .forEach(d -> LOG.error("{}", d.format()));
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
  }
}
