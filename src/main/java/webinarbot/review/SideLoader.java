package webinarbot.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import webinarbot.config.ContentSetup;
import webinarbot.config.Settings;
import webinarbot.content.ContentReloader;

/**
 * Loads both sides of a review with the reader {@code lint} and {@code serve} use. A folder is read
 * where it is; so is a head that is what is on disk (the working tree, or the checked-out commit
 * with nothing changed since). Another commit is written to a temporary folder first (only the
 * files the reader reads). When the two sides differ only in talk pages of the content folder, the
 * base is the head with those pages as the base commit has them, read page by page (from the
 * repository, not from disk) as the running bot reloads an edit: the rest of the site is the same
 * file for file, so it reads the same. Anything else (a configuration file, a section page with its
 * cascade, a person page, two pages claiming one id) loads the base whole.
 */
final class SideLoader implements AutoCloseable {
  private final Settings settings;
  private final SiteLayout layout;
  private final Optional<GitRepo> git;
  private final List<Path> temporary = new ArrayList<>();

  SideLoader(Settings settings, SiteLayout layout, Optional<GitRepo> git) {
    this.settings = settings;
    this.layout = layout;
    this.git = git;
  }

  /** Base and head, in that order. */
  List<LoadedSide> load(Side base, Side head) {
    if (base instanceof Side.Commit b) {
      Optional<List<LoadedSide>> onDisk = againstCheckout(b, head);
      if (onDisk.isPresent()) {
        return onDisk.get();
      }
      if (head instanceof Side.Commit h) {
        return commits(b, h);
      }
    }
    return List.of(load(base), load(head));
  }

  /**
   * A head that is what is on disk (the working tree, or the checked-out commit with nothing
   * changed since) is read in place, as {@code lint} reads it; the base is derived from it when
   * only talk pages differ.
   */
  private Optional<List<LoadedSide>> againstCheckout(Side.Commit base, Side head) {
    Optional<ObjectId> checkedOut = git.flatMap(GitRepo::checkedOut);
    if (checkedOut.isEmpty()) {
      return Optional.empty();
    }
    Path top = git.get().top();
    boolean workingTree =
        head instanceof Side.Folder f && f.tree().toAbsolutePath().normalize().equals(top);
    boolean checkout = head instanceof Side.Commit c && c.id().equals(checkedOut.get());
    if (!workingTree && !checkout) {
      return Optional.empty();
    }
    // What differs from the checkout is found while the head is read: both read every file.
    CompletableFuture<Set<String>> status =
        CompletableFuture.supplyAsync(() -> readable(git.get().uncommitted()));
    ContentSetup setup = ContentSetup.of(layout.settingsIn(top, settings));
    LoadedSide headSide = new LoadedSide(setup.loader().load(setup.root()), top);
    Set<String> uncommitted = status.join();
    if (checkout && !uncommitted.isEmpty()) {
      return Optional.empty();
    }
    Set<String> changed = readable(git.get().changedPaths(base.id(), checkedOut.get()));
    changed.addAll(uncommitted);
    Optional<LoadedSide> derived =
        onlyTalkPages(changed) ? derived(base, changed, setup, headSide) : Optional.empty();
    return Optional.of(List.of(derived.orElseGet(() -> load(base)), headSide));
  }

  /** Two commits: the head is written to a folder and read; the base derived or read whole. */
  private List<LoadedSide> commits(Side.Commit base, Side.Commit head) {
    Set<String> changed = readable(git.orElseThrow().changedPaths(base.id(), head.id()));
    Path tree = temporaryTree();
    new TreeFiles(git.get()).writeAll(head.id(), tree);
    ContentSetup setup = ContentSetup.of(layout.settingsIn(tree, settings));
    LoadedSide headSide = new LoadedSide(setup.loader().load(setup.root()), tree);
    Optional<LoadedSide> derived =
        onlyTalkPages(changed) ? derived(base, changed, setup, headSide) : Optional.empty();
    return List.of(derived.orElseGet(() -> load(base)), headSide);
  }

  /**
   * The base as the head with the changed talk pages as the base commit has them, read page by page
   * as the running bot reloads an edit; empty when that makes two pages claim one id.
   */
  private Optional<LoadedSide> derived(
      Side.Commit base, Set<String> changed, ContentSetup setup, LoadedSide head) {
    TreeFiles files = new TreeFiles(git.orElseThrow());
    Map<Path, Optional<byte[]>> versions = new LinkedHashMap<>();
    for (String p : changed) {
      versions.put(head.tree().resolve(p), files.content(base.id(), p));
    }
    return new ContentReloader(setup.loader(), setup.root())
        .reload(head.result(), versions)
        .map(r -> new LoadedSide(r, head.tree()));
  }

  private static Set<String> readable(Set<String> paths) {
    Set<String> out = new LinkedHashSet<>();
    paths.stream().filter(TreeFiles::read).forEach(out::add);
    return out;
  }

  /** True when every changed file is a talk page under the content folder (not a section page). */
  private boolean onlyTalkPages(Set<String> changed) {
    if (settings.content().people().isPresent()) {
      return false;
    }
    String prefix = layout.content().isEmpty() ? "" : layout.content() + "/";
    for (String p : changed) {
      String name = p.substring(p.lastIndexOf('/') + 1);
      if (!p.startsWith(prefix)
          || !name.endsWith(".md")
          || name.startsWith("_index.")
          || name.equalsIgnoreCase("README.md")
          || p.substring(prefix.length()).contains("/.")
          || p.substring(prefix.length()).startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private LoadedSide load(Side side) {
    Path tree;
    if (side instanceof Side.Commit c) {
      tree = temporaryTree();
      new TreeFiles(git.orElseThrow()).writeAll(c.id(), tree);
    } else {
      tree = ((Side.Folder) side).tree().toAbsolutePath().normalize();
    }
    ContentSetup setup = ContentSetup.of(layout.settingsIn(tree, settings));
    return new LoadedSide(setup.loader().load(setup.root()), tree);
  }

  private Path temporaryTree() {
    try {
      Path t = Files.createTempDirectory("webinar-bot-review-").toRealPath();
      temporary.add(t);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder", e);
    }
  }

  /** Removes the temporary folders. */
  @Override
  public void close() {
    for (Path t : temporary) {
      try (Stream<Path> all = Files.walk(t)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a temporary folder left behind is not worth failing the review for
      }
    }
  }
}
