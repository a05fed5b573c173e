package webinarbot.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Reloads only the pages that changed, so an edit to one page of ten thousand is read in
 * milliseconds; anything it cannot do page by page (a new folder, a clash of ids) is a full load.
 */
public final class ContentReloader {
  private final HugoContentLoader loader;
  private final Path root;

  public ContentReloader(HugoContentLoader loader, Path root) {
    this.loader = loader;
    this.root = root;
  }

  public LoadResult loadAll() {
    return loader.load(root);
  }

  /**
   * The content after {@code changed} files changed, from {@code previous}. {@link
   * LoadResult#pages()} stays as the last full load counted it. After a load that found no folder,
   * everything is read again.
   */
  public LoadResult reload(LoadResult previous, Set<Path> changed) {
    if (changed.contains(root)
        || changed.stream().anyMatch(Files::isDirectory)
        || previous.diagnostics().stream().anyMatch(d -> d.field().equals("content.dir"))) {
      return loadAll();
    }
    Set<String> sources = new HashSet<>();
    changed.stream().filter(this::isPage).forEach(p -> sources.add(shownAs(p)));
    if (sources.isEmpty()) {
      return previous;
    }
    List<Webinar> webinars = new ArrayList<>();
    previous.catalogue().all().stream()
        .filter(w -> !sources.contains(w.source()))
        .forEach(webinars::add);
    List<Diagnostic> diagnostics = new ArrayList<>();
    previous.diagnostics().stream()
        .filter(d -> !sources.contains(d.file()))
        .forEach(diagnostics::add);
    Set<String> ids = new HashSet<>();
    webinars.forEach(w -> ids.add(w.id()));
    for (Path p : changed) {
      if (!isPage(p) || !Files.isRegularFile(p)) {
        continue;
      }
      Optional<Webinar> w = loader.loadOne(root, p, diagnostics);
      if (w.isPresent() && !ids.add(w.get().id())) {
        return loadAll();
      }
      w.ifPresent(webinars::add);
    }
    return new LoadResult(new Catalogue(webinars), diagnostics, previous.pages());
  }

  /**
   * A markdown file outside hidden folders, as the full load reads them (editors' ".#x.md" not).
   */
  private boolean isPage(Path p) {
    if (!p.getFileName().toString().endsWith(".md")) {
      return false;
    }
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** How the loader names a page in {@link Webinar#source()} and diagnostics. */
  private String shownAs(Path p) {
    return root.resolve(root.relativize(p)).toString();
  }
}
