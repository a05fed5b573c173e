package webinarbot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Loads every webinar page under a content root. Pages are read in parallel; one broken page never
 * stops the others.
 */
public final class HugoContentLoader {
  private final PageReader reader;

  /**
   * @param baseUrl {@code site.base_url}, ending in "/"
   * @param defaultZone {@code schedule.timezone}
   */
  public HugoContentLoader(URI baseUrl, ZoneId defaultZone) {
    this.reader = new PageReader(baseUrl, defaultZone);
  }

  public LoadResult load(Path root) {
    if (!Files.isDirectory(root)) {
      Diagnostic d =
          new Diagnostic(
              root.toString(),
              0,
              0,
              Diagnostic.Severity.ERROR,
              "content.dir",
              "content folder not found");
      return new LoadResult(Catalogue.empty(), List.of(d), 0);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> files = markdownFiles(root, diagnostics);
    Permalinks permalinks = new Permalinks(root);
    List<PageReader.PageOutcome> outcomes =
        files.parallelStream().map(f -> readOne(root, permalinks, f)).toList();
    List<Webinar> webinars = new ArrayList<>();
    for (PageReader.PageOutcome o : outcomes) {
      diagnostics.addAll(o.diagnostics());
      o.webinar().ifPresent(webinars::add);
    }
    return new LoadResult(
        new Catalogue(withoutDuplicateIds(webinars, diagnostics)), diagnostics, files.size());
  }

  /** Reads a single page, as the folder watcher does when one file changes. */
  public Optional<Webinar> loadOne(Path root, Path file, List<Diagnostic> diagnostics) {
    PageReader.PageOutcome o = readOne(root, new Permalinks(root), file);
    diagnostics.addAll(o.diagnostics());
    return o.webinar();
  }

  private PageReader.PageOutcome readOne(Path root, Permalinks permalinks, Path file) {
    String shownAs =
        file.startsWith(root) ? file.toString() : root.resolve(root.relativize(file)).toString();
    if (file.getFileName().toString().equals("_index.md")) {
      return new PageReader.PageOutcome(Optional.empty(), false, List.of());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      Diagnostic d =
          new Diagnostic(
              shownAs, 0, 0, Diagnostic.Severity.ERROR, "", "cannot read: " + e.getMessage());
      return new PageReader.PageOutcome(Optional.empty(), true, List.of(d));
    }
    try {
      return reader.read(permalinks, file, shownAs, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug (or a page nested deeper than a parser's stack) must cost one page, not the
      // catalogue, nor the thread that reads it; the message asks for a report.
      Diagnostic d =
          new Diagnostic(
              shownAs,
              1,
              1,
              Diagnostic.Severity.ERROR,
              "",
              "webinar-bot could not read this page (" + e + "); please report it with the page");
      return new PageReader.PageOutcome(Optional.empty(), true, List.of(d));
    }
  }

  /**
   * Every page file under the root: {@code *.md}, not hidden, not a README. A folder that cannot be
   * read (a path longer than the system allows, no permission, removed while listed) is an error on
   * that folder, and the rest is listed.
   */
  private static List<Path> markdownFiles(Path root, List<Diagnostic> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (attrs.isRegularFile()
                  && name.endsWith(".md")
                  && !name.startsWith(".")
                  && !name.equalsIgnoreCase("README.md")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Removed while being listed: nothing to report, the next event reloads it.
              if (!(e instanceof NoSuchFileException)) {
                String reason =
                    e instanceof FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : e.getMessage();
                problems.add(
                    new Diagnostic(
                        file.toString(),
                        0,
                        0,
                        Diagnostic.Severity.ERROR,
                        "",
                        "cannot read: " + reason + "; pages in it are left out"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** Two pages claiming one id: neither can be trusted, so both are reported and left out. */
  private static List<Webinar> withoutDuplicateIds(List<Webinar> all, List<Diagnostic> out) {
    Map<String, List<Webinar>> byId = new LinkedHashMap<>();
    all.forEach(w -> byId.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(w));
    List<Webinar> kept = new ArrayList<>();
    for (List<Webinar> same : byId.values()) {
      if (same.size() == 1) {
        kept.add(same.get(0));
        continue;
      }
      for (Webinar w : same) {
        List<String> others =
            same.stream().map(Webinar::source).filter(s -> !s.equals(w.source())).toList();
        out.add(
            new Diagnostic(
                w.source(),
                1,
                1,
                Diagnostic.Severity.ERROR,
                "slug",
                "id \""
                    + w.id()
                    + "\" is also used by "
                    + String.join(", ", others)
                    + "; give each page its own slug or file name"));
      }
    }
    return kept;
  }
}
