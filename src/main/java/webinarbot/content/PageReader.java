package webinarbot.content;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webinarbot.domain.Button;
import webinarbot.domain.Links;
import webinarbot.domain.PageDate;
import webinarbot.domain.TimeNote;
import webinarbot.domain.TimeReading;
import webinarbot.domain.TimeRules;
import webinarbot.domain.Webinar;

/** Reads one Hugo page into a webinar, reporting every problem with its line. */
final class PageReader {
  private final UrlResolver urls;
  private final ZoneId defaultZone;
  private final TimeRules timeRules;
  private final BodyReader bodyReader;

  PageReader(URI baseUrl, ZoneId defaultZone) {
    this.urls = new UrlResolver(baseUrl);
    this.defaultZone = defaultZone;
    this.timeRules = new TimeRules(defaultZone);
    this.bodyReader = new BodyReader(urls);
  }

  /**
   * @param permalinks the permalinks of the content root being read
   * @param file the page
   * @param shownAs how messages name the file
   */
  PageOutcome read(Permalinks permalinks, Path file, String shownAs, byte[] bytes) {
    Problems problems = new Problems(shownAs);
    String text = PageText.decode(bytes, problems);
    Optional<FrontMatter> fm = FrontMatter.split(text, problems);
    if (fm.isEmpty()) {
      return PageOutcome.dropped(problems);
    }
    Optional<Fields> fields =
        fm.get().format() == FrontMatter.Format.TOML
            ? TomlFrontMatter.read(fm.get(), problems)
            : YamlFrontMatter.read(fm.get(), problems);
    if (fields.isEmpty()) {
      return PageOutcome.dropped(problems);
    }
    FieldReader f = new FieldReader(fields.get(), problems);
    Optional<String> type = f.string("type");
    if (type.isPresent() && !type.get().equalsIgnoreCase("webinar")) {
      return PageOutcome.notWebinar(problems);
    }
    UnknownKeys.check(fields.get(), problems);
    return assemble(permalinks, file, fm.get(), f, problems);
  }

  private PageOutcome assemble(
      Permalinks permalinks, Path file, FrontMatter fm, FieldReader f, Problems problems) {
    Optional<String> slug = f.string("slug");
    String id = slug.orElse(Permalinks.fileId(file));
    URI page = pageUrl(permalinks, file, slug, f, problems);
    Optional<String> title = f.string("title");
    if (title.isEmpty()) {
      problems.error(f.lineOf("title"), 1, "title", "title is missing: every webinar needs one");
    }
    Optional<PageDate> date = f.date("date");
    if (date.isEmpty() && f.fields().get("date").isEmpty()) {
      problems.error(f.lineOf("date"), 1, "date", "date is missing: write date = \"YYYY-MM-DD\"");
    }
    TimeReading time =
        date.map(d -> timeRules.read(d, f.string("time_slot"), f.string("timezone"))).orElse(null);
    if (time != null) {
      report(time.notes(), f, problems);
    }
    BodyContent body = bodyReader.read(fm.body(), fm.bodyFirstLine(), page, problems);
    Links links = links(f, page, body.buttons(), problems);
    Optional<URI> image =
        f.string("previewimage")
            .flatMap(
                i ->
                    urls.resolve(
                        i,
                        page,
                        problems,
                        f.lineOf("previewimage"),
                        f.columnOf("previewimage"),
                        "previewimage"));
    boolean draft = f.bool("draft");
    boolean cancelled = f.bool("cancelled");
    var publish = f.instant("publishdate", defaultZone).or(() -> f.instant("pubdate", defaultZone));
    var expiry =
        f.instant("expirydate", defaultZone).or(() -> f.instant("unpublishdate", defaultZone));
    if (problems.pageDropped() || time == null || time.failed() || title.isEmpty()) {
      return PageOutcome.dropped(problems);
    }
    Webinar w =
        new Webinar(
            id,
            title.get(),
            time.time().get(),
            body.description(),
            body.speakers(),
            links,
            body.buttons(),
            page,
            image,
            publish,
            expiry,
            draft,
            cancelled,
            f.strings("tags"),
            problems.file());
    return PageOutcome.loaded(w, problems);
  }

  private URI pageUrl(
      Permalinks permalinks, Path file, Optional<String> slug, FieldReader f, Problems p) {
    URI permalink = Permalinks.url(urls, permalinks.path(file, slug));
    Optional<String> url = f.string("url");
    if (url.isEmpty()) {
      return permalink;
    }
    String u = url.get().startsWith("/") || url.get().contains("://") ? url.get() : "/" + url.get();
    return urls.resolve(u, permalink, p, f.lineOf("url"), f.columnOf("url"), "url")
        .orElse(permalink);
  }

  private Links links(FieldReader f, URI page, List<Button> buttons, Problems problems) {
    Links l =
        new Links(
            link("youtubeurl", f, page, problems),
            link("pdfurl", f, page, problems),
            link("ppturl", f, page, problems),
            link("eventurl", f, page, problems),
            link("registerurl", f, page, problems));
    for (Button b : buttons) {
      String label = b.label().toLowerCase(Locale.ROOT);
      if (l.register().isEmpty()
          && (label.contains("regist") || label.contains("sign up") || label.contains("rsvp"))) {
        l = l.withRegister(Optional.of(b.url()));
      } else if (l.event().isEmpty() && (label.contains("event") || label.contains("join"))) {
        l = l.withEvent(Optional.of(b.url()));
      }
    }
    return l;
  }

  private Optional<URI> link(String key, FieldReader f, URI page, Problems problems) {
    return f.string(key)
        .flatMap(v -> urls.resolve(v, page, problems, f.lineOf(key), f.columnOf(key), key));
  }

  private static void report(List<TimeNote> notes, FieldReader f, Problems problems) {
    for (TimeNote n : notes) {
      String key = f.fields().get(n.field()).isPresent() ? n.field() : "date";
      int line = f.lineOf(key);
      int column = f.columnOf(key);
      if (n.error()) {
        problems.error(line, column, n.field(), n.message());
      } else {
        problems.warning(line, column, n.field(), n.message());
      }
    }
  }

  /** What reading a file gave: a webinar, nothing (not a webinar), or nothing because of errors. */
  record PageOutcome(
      Optional<Webinar> webinar, boolean isWebinarPage, List<Diagnostic> diagnostics) {
    static PageOutcome loaded(Webinar w, Problems p) {
      return new PageOutcome(Optional.of(w), true, p.all());
    }

    static PageOutcome dropped(Problems p) {
      return new PageOutcome(Optional.empty(), true, p.all());
    }

    static PageOutcome notWebinar(Problems p) {
      return new PageOutcome(Optional.empty(), false, new ArrayList<>(p.all()));
    }
  }
}
