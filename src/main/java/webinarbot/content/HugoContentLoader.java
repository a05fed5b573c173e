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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Loads every talk page of a Hugo site (or of a folder in it). Pages are read in parallel; one
 * broken page never stops the others.
 */
public final class HugoContentLoader {
  private static final int PARALLEL_FROM = 256;

  private final ContentOptions options;
  private volatile Cached cached;

  private record Cached(Path root, SiteView view) {}

  /**
   * @param baseUrl {@code site.base_url}, ending in "/"
   * @param defaultZone {@code schedule.timezone}
   */
  public HugoContentLoader(URI baseUrl, ZoneId defaultZone) {
    this(ContentOptions.of(baseUrl, defaultZone));
  }

  public HugoContentLoader(ContentOptions options) {
    this.options = options;
  }

  public ContentOptions options() {
    return options;
  }

  /** The site the content root belongs to, as this loader reads it. */
  public HugoSite site(Path root) {
    return view(root, true).site();
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
    SiteView view = view(root, true);
    List<Diagnostic> diagnostics = new ArrayList<>();
    diagnostics.addAll(view.site().problems());
    List<Path> files = new ArrayList<>();
    for (Path dir : walked(root, view.site())) {
      files.addAll(markdownFiles(dir, diagnostics));
    }
    PageReader reader = new PageReader(view);
    // A few hundred pages read faster on one thread than a fork-join pool starts up.
    var stream = files.size() < PARALLEL_FROM ? files.stream() : files.parallelStream();
    List<Optional<PageReader.PageOutcome>> outcomes =
        stream
            .map(
                f -> {
                  PagePath where = view.locate(f, root);
                  return view.inTalkSections(where)
                      ? Optional.of(readOne(view, reader, root, f, where))
                      : Optional.<PageReader.PageOutcome>empty();
                })
            .toList();
    List<Webinar> webinars = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int outside = 0;
    for (Optional<PageReader.PageOutcome> read : outcomes) {
      if (read.isEmpty()) {
        outside++;
        continue;
      }
      PageReader.PageOutcome o = read.get();
      diagnostics.addAll(o.diagnostics());
      o.webinar().ifPresent(webinars::add);
      o.skipped().ifPresent(skipped::add);
    }
    diagnostics.addAll(view.sections().problems());
    return new LoadResult(
        new Catalogue(withoutDuplicateIds(webinars, diagnostics)),
        diagnostics,
        files.size() - outside,
        skipped,
        outside);
  }

  /** Reads a single page, as the folder watcher does when one file changes. */
  public Optional<Webinar> loadOne(Path root, Path file, List<Diagnostic> diagnostics) {
    SiteView view = view(root, false);
    PagePath where = view.locate(file, root);
    if (!view.inTalkSections(where)) {
      return Optional.empty();
    }
    PageReader.PageOutcome o = readOne(view, new PageReader(view), root, file, where);
    diagnostics.addAll(o.diagnostics());
    return o.webinar();
  }

  /**
   * Reads one page from {@code bytes} instead of the file, as if the file held them: another
   * version of it, such as a git commit's ({@code review}).
   */
  public Optional<Webinar> loadOne(
      Path root, Path file, byte[] bytes, List<Diagnostic> diagnostics) {
    SiteView view = view(root, false);
    PagePath where = view.locate(file, root);
    if (!view.inTalkSections(where)) {
      return Optional.empty();
    }
    PageReader.PageOutcome o =
        readOne(view, new PageReader(view), root, file, where, Optional.of(bytes));
    diagnostics.addAll(o.diagnostics());
    return o.webinar();
  }

  /** The view of the site for a load: read afresh on a full load, reused for one page. */
  private SiteView view(Path root, boolean fresh) {
    Cached c = cached;
    if (!fresh && c != null && c.root().equals(root)) {
      return c.view();
    }
    SiteView v = new SiteView(SiteView.siteFor(root, options), options);
    cached = new Cached(root, v);
    return v;
  }

  /**
   * The folders to walk: the root; or, when the root is the site's main content folder, every
   * content mount (a site may mount several).
   */
  private static List<Path> walked(Path root, HugoSite site) {
    Path r = root.toAbsolutePath().normalize();
    if (!r.equals(site.contentDir())) {
      return List.of(root);
    }
    Set<Path> dirs = new LinkedHashSet<>();
    dirs.add(root);
    for (HugoSite.Mount m : site.mounts()) {
      if (!m.source().startsWith(r) && Files.isDirectory(m.source())) {
        dirs.add(m.source());
      }
    }
    return new ArrayList<>(dirs);
  }

  private static PageReader.PageOutcome readOne(
      SiteView view, PageReader reader, Path root, Path file, PagePath where) {
    return readOne(view, reader, root, file, where, Optional.empty());
  }

  private static PageReader.PageOutcome readOne(
      SiteView view,
      PageReader reader,
      Path root,
      Path file,
      PagePath where,
      Optional<byte[]> content) {
    String shownAs =
        file.startsWith(root) ? file.toString() : root.resolve(root.relativize(file)).toString();
    if (where.kind() == PagePath.Kind.SECTION) {
      return new PageReader.PageOutcome(
          Optional.empty(),
          Optional.of(new Skipped(shownAs, Skipped.Reason.SECTION_PAGE, "")),
          List.of());
    }
    if (view.isPersonPage(where)) {
      return new PageReader.PageOutcome(
          Optional.empty(),
          Optional.of(new Skipped(shownAs, Skipped.Reason.PERSON_PAGE, "in content.people")),
          List.of());
    }
    byte[] bytes;
    try {
      bytes = content.isPresent() ? content.get() : Files.readAllBytes(file);
    } catch (IOException e) {
      Diagnostic d =
          new Diagnostic(
              shownAs, 0, 0, Diagnostic.Severity.ERROR, "", "cannot read: " + e.getMessage());
      return new PageReader.PageOutcome(
          Optional.empty(),
          Optional.of(new Skipped(shownAs, Skipped.Reason.ERRORS, d.message())),
          List.of(d));
    }
    try {
      return reader.read(where, shownAs, bytes);
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
      return new PageReader.PageOutcome(
          Optional.empty(),
          Optional.of(new Skipped(shownAs, Skipped.Reason.ERRORS, d.message())),
          List.of(d));
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
