package webinarbot.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import webinarbot.config.ContentSetup;
import webinarbot.config.Settings;
import webinarbot.content.ContentReloader;
import webinarbot.content.LoadResult;

/**
 * Loads both sides of a review with the reader {@code lint} and {@code serve} use. A folder is read
 * where it is; a commit is written to a temporary folder first (only the files the reader reads).
 * Between two commits whose differences are only talk pages in the content folder, the base is the
 * head with those pages put back as they were, read page by page as the running bot reloads an
 * edit: the rest of the site is the same file for file, so it reads the same. Anything else (a
 * configuration file, a section page with its cascade, a person page) loads both sides whole.
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
    if (base instanceof Side.Commit b && head instanceof Side.Commit h) {
      return commits(b, h);
    }
    return List.of(load(base), load(head));
  }

  private List<LoadedSide> commits(Side.Commit base, Side.Commit head) {
    TreeFiles files = new TreeFiles(git.orElseThrow());
    Set<String> changed = new LinkedHashSet<>();
    git.get().changedPaths(base.id(), head.id()).stream()
        .filter(TreeFiles::read)
        .forEach(changed::add);
    Path tree = temporaryTree();
    files.writeAll(head.id(), tree);
    ContentSetup setup = ContentSetup.of(layout.settingsIn(tree, settings));
    LoadResult headResult = setup.loader().load(setup.root());
    LoadedSide headSide = new LoadedSide(headResult, tree);
    if (!onlyTalkPages(changed)) {
      return List.of(load(base), headSide);
    }
    Set<Path> paths = new LinkedHashSet<>();
    for (String p : changed) {
      Path file = tree.resolve(p);
      paths.add(file);
      write(file, files.content(base.id(), p));
    }
    LoadResult baseResult =
        new ContentReloader(setup.loader(), setup.root()).reload(headResult, paths);
    return List.of(new LoadedSide(baseResult, tree), headSide);
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

  private static void write(Path file, Optional<byte[]> content) {
    try {
      if (content.isEmpty()) {
        Files.deleteIfExists(file);
      } else {
        Files.createDirectories(file.getParent());
        Files.write(file, content.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
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
