package webinarbot.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.Placement;
import webinarbot.domain.Series;
import webinarbot.domain.Speaker;
import webinarbot.domain.TimeNote;
import webinarbot.domain.TimeRules;
import webinarbot.domain.Webinar;

/** Reads one Hugo page into a talk, reporting every problem with its line. */
final class PageReader {
  private final SiteView view;
  private final TimeRules timeRules;
  private final BodyReader bodyReader;
  private final TalkLinks links;

  PageReader(SiteView view) {
    this.view = view;
    this.timeRules = new TimeRules(view.options().defaultZone());
    this.bodyReader = new BodyReader(view.urls());
    this.links = new TalkLinks(view);
  }

  /**
   * @param where the page's place in the site
   * @param shownAs how messages name the file
   */
  PageOutcome read(PagePath where, String shownAs, byte[] bytes) {
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
    for (Map<String, Object> cascaded : view.sections().cascadeFor(where)) {
      cascaded.forEach(fields.get()::addCascaded);
    }
    TalkFields f = new TalkFields(new FieldReader(fields.get(), problems), view.options().schema());
    Optional<String> type = f.reader().string("type");
    if (!view.options().isTalkType(type)) {
      return PageOutcome.skipped(
          Skipped.Reason.OTHER_TYPE,
          "type = \"" + type.orElse("") + "\", not in content.types",
          problems);
    }
    UnknownKeys.check(fields.get(), view.options().schema(), problems);
    return assemble(where, fm.get(), type, f, problems);
  }

  private PageOutcome assemble(
      PagePath where, FrontMatter fm, Optional<String> type, TalkFields f, Problems problems) {
    FieldReader r = f.reader();
    Optional<String> slug = r.string("slug");
    String id = slug.orElse(where.id() + languageSuffix(where));
    URI page = pageUrl(where, r, problems);
    URI relativeTo = relativeBase(page);
    Optional<Field> dateField = f.first("date");
    if (dateField.isEmpty()) {
      Optional<Field> ownType = r.fields().get("type").filter(t -> r.fields().ownKey("type"));
      if (ownType.isPresent()
          && view.options()
              .types()
              .contains(
                  String.valueOf(ownType.get().value())
                      .strip()
                      .toLowerCase(java.util.Locale.ROOT))) {
        // A page that says it is a talk but has no date yet is not read; say so where CI shows it.
        problems.warning(
            ownType.get().line(),
            ownType.get().column(),
            "date",
            "no date yet: this page is not read as a talk until one of "
                + String.join(", ", view.options().schema().keysOf("date"))
                + " is set");
      }
      return PageOutcome.skipped(
          Skipped.Reason.NO_DATE,
          "none of " + String.join(", ", view.options().schema().keysOf("date")) + " is set",
          problems);
    }
    Optional<String> title = f.text("title");
    if (title.isEmpty()) {
      problems.error(r.lineOf("title"), 1, "title", "title is missing: every webinar needs one");
    }
    TalkTimes.Read time = TalkTimes.read(dateField.get(), f, timeRules, problems);
    Optional<Series> series =
        time.reading() == null || time.reading().failed()
            ? Optional.empty()
            : SeriesReader.read(r, time.reading().time().get(), problems);
    BodyContent body = bodyReader.read(fm.body(), fm.bodyFirstLine(), page, problems);
    var talkLinks = links.read(f, relativeTo, body.buttons(), problems);
    Optional<URI> image = links.image(f, relativeTo, problems);
    List<Speaker> speakers = new ArrayList<>();
    f.first("speakers")
        .ifPresent(
            s ->
                speakers.addAll(
                    SpeakerReader.fromFrontMatter(s, where, relativeTo, problems, view)));
    for (Speaker s : body.speakers()) {
      if (speakers.stream().noneMatch(x -> x.name().equalsIgnoreCase(s.name()))) {
        speakers.add(s);
      }
    }
    String description =
        body.description().isBlank()
            ? f.text("description").map(BodyReader::tidy).orElse("")
            : body.description();
    boolean draft = r.bool("draft");
    boolean cancelled = f.first("cancelled").map(c -> r.bool(c.key())).orElse(false);
    var zone = view.options().defaultZone();
    var publish = r.instant("publishdate", zone).or(() -> r.instant("pubdate", zone));
    var expiry = r.instant("expirydate", zone).or(() -> r.instant("unpublishdate", zone));
    if (problems.pageDropped()
        || time.reading() == null
        || time.reading().failed()
        || title.isEmpty()) {
      return PageOutcome.dropped(problems);
    }
    Webinar w =
        new Webinar(
            id,
            title.get(),
            time.reading().time().get(),
            description,
            speakers,
            talkLinks,
            body.buttons(),
            page,
            image,
            publish,
            expiry,
            draft,
            cancelled,
            r.strings("tags"),
            problems.file(),
            f.location(),
            new Placement(where.dir(), type.filter(t -> !t.isBlank()).orElse(where.section())),
            series);
    return PageOutcome.loaded(w, problems);
  }

  /** Translations get their language in the id, so a page and its translation both load. */
  private String languageSuffix(PagePath where) {
    return where.language().equals(view.site().defaultLanguage()) ? "" : "." + where.language();
  }

  private URI pageUrl(PagePath where, FieldReader r, Problems p) {
    Permalinks.PageMeta meta = view.permalinks().meta(where, r.fields());
    if (meta.url().isPresent() && meta.url().get().contains("://")) {
      return view.urls()
          .resolve(meta.url().get(), view.base(), p, r.lineOf("url"), r.columnOf("url"), "url")
          .orElse(view.base());
    }
    return Permalinks.url(view.base(), view.permalinks().path(where, meta));
  }

  /**
   * What a relative path in front matter is relative to: the page's URL, as a browser reads a
   * relative link on it; for a page bundle that is where its resources (beside index.md) are.
   */
  private static URI relativeBase(URI page) {
    return page;
  }

  static void report(
      List<TimeNote> notes, Map<String, Field> used, FieldReader f, Problems problems) {
    for (TimeNote n : notes) {
      Field source = used.get(n.field());
      String key =
          source != null
              ? source.key()
              : f.fields().get(n.field()).isPresent() ? n.field() : "date";
      int line = source != null ? source.line() : f.lineOf(key);
      int column = source != null ? source.column() : f.columnOf(key);
      String message = n.message();
      if (n.error()) {
        problems.error(line, column, n.field(), message);
      } else {
        problems.warning(line, column, n.field(), message);
      }
    }
  }

  /** What reading a file gave: a talk, or nothing and why. */
  record PageOutcome(
      Optional<Webinar> webinar, Optional<Skipped> skipped, List<Diagnostic> diagnostics) {
    static PageOutcome loaded(Webinar w, Problems p) {
      return new PageOutcome(Optional.of(w), Optional.empty(), p.all());
    }

    static PageOutcome dropped(Problems p) {
      String first =
          p.all().stream()
              .filter(Diagnostic::isError)
              .map(Diagnostic::message)
              .findFirst()
              .orElse("");
      return new PageOutcome(
          Optional.empty(),
          Optional.of(new Skipped(p.file(), Skipped.Reason.ERRORS, first)),
          p.all());
    }

    static PageOutcome skipped(Skipped.Reason reason, String detail, Problems p) {
      return new PageOutcome(
          Optional.empty(), Optional.of(new Skipped(p.file(), reason, detail)), p.all());
    }

    /** True when the page was meant to be a talk: loaded, or dropped for its errors. */
    boolean isWebinarPage() {
      return webinar.isPresent()
          || skipped.map(s -> s.reason() == Skipped.Reason.ERRORS).orElse(false);
    }
  }

  /** The keys a reading used, by the time rules' field names, for placing their notes. */
  static Map<String, Field> used() {
    return new LinkedHashMap<>();
  }
}
