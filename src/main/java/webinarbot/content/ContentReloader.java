package webinarbot.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
   * or when a section page changed (its {@code cascade} reaches every page below it), everything is
   * read again.
   */
  public LoadResult reload(LoadResult previous, Set<Path> changed) {
    if (changed.contains(root)
        || changed.stream().anyMatch(p -> Files.isDirectory(p) || isSectionPage(p))
        || previous.diagnostics().stream().anyMatch(d -> d.field().equals("content.dir"))) {
      return loadAll();
    }
    return reload(previous, changed, p -> Files.isRegularFile(p), loader::loadOne)
        .orElseGet(this::loadAll);
  }

  /**
   * The content after the pages in {@code versions} took the content given (none: the page is
   * gone), from {@code previous}, without reading them from disk: another version of the site, such
   * as a git commit's ({@code review}). Empty when two pages then claim one id, or a section page
   * changed: only a full load of that version can say what follows.
   */
  public Optional<LoadResult> reload(LoadResult previous, Map<Path, Optional<byte[]>> versions) {
    if (versions.keySet().stream().anyMatch(ContentReloader::isSectionPage)) {
      return Optional.empty();
    }
    return reload(
        previous,
        versions.keySet(),
        p -> versions.get(p).isPresent(),
        (r, p, d) -> loader.loadOne(r, p, versions.get(p).get(), d));
  }

  /** Reads one page of the new version. */
  private interface PageRead {
    Optional<Webinar> read(Path root, Path page, List<Diagnostic> diagnostics);
  }

  private Optional<LoadResult> reload(
      LoadResult previous,
      Set<Path> changed,
      java.util.function.Predicate<Path> exists,
      PageRead read) {
    Set<String> sources = new HashSet<>();
    changed.stream().filter(this::isPage).forEach(p -> sources.add(shownAs(p)));
    if (sources.isEmpty()) {
      return Optional.of(previous);
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
      if (!isPage(p) || !exists.test(p)) {
        continue;
      }
      Optional<Webinar> w = read.read(root, p, diagnostics);
      if (w.isPresent() && !ids.add(w.get().id())) {
        return Optional.empty();
      }
      w.ifPresent(webinars::add);
    }
    return Optional.of(new LoadResult(new Catalogue(webinars), diagnostics, previous.pages()));
  }

  /** A section's own page, whose front matter may cascade onto the pages below it. */
  private static boolean isSectionPage(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().equals("_index.md");
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
