package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import webinarbot.domain.Webinar;
import webinarbot.testing.HugoBinary;

/**
 * Small Hugo sites that exercise permalinks: patterns with every token, module mounts, languages,
 * front matter {@code url} and {@code slug}, bundles, {@code uglyURLs} and awkward file names.
 * {@link HugoPermalinkDifferentialTest} holds the bot to the real {@code hugo} on each; {@link
 * HugoPermalinkRecordedTest} to what that {@code hugo} printed, kept in test resources.
 */
enum PermalinkSites {
  /** Permalink patterns with every token. */
  EVERY_TOKEN {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.toml"),
          """
          baseURL = "https://example.org/"
          [permalinks]
          blog = "/:section/:year/:month/:day/:slug/"
          news = "/:sections/:title/"
          posts = "/p/:sections[1:]/:filename/"
          events = "/:year/:monthname/:weekday-:weekdayname/:yearday/:filename/"
          talks = "/t/:sections[last]/:sections[0]/:slug"
          """);
      HugoBinary.write(
          s.resolve("content/blog/first-post.md"),
          page("First Post!", "2021-10-01 8:30:00+00:00", ""));
      HugoBinary.write(
          s.resolve("content/blog/second.md"),
          page("Second", "2021-03-05", "slug: \"My Slug Here\"\n"));
      HugoBinary.write(s.resolve("content/news/_index.md"), "---\ntitle: News\n---\n");
      HugoBinary.write(s.resolve("content/news/sub/_index.md"), "---\ntitle: Sub\n---\n");
      HugoBinary.write(
          s.resolve("content/news/sub/deeper/item.md"),
          page("Héllo: World @ 2021", "2022-01-02", ""));
      HugoBinary.write(s.resolve("content/posts/a/_index.md"), "---\ntitle: A\n---\n");
      HugoBinary.write(s.resolve("content/posts/a/b/p.md"), page("P", "2020-02-29T10:00:00Z", ""));
      HugoBinary.write(s.resolve("content/posts/top.md"), page("Top", "2020-02-29", ""));
      HugoBinary.write(
          s.resolve("content/events/2019-launch.md"),
          page("Launch", "2019-12-31T23:30:00-05:00", ""));
      HugoBinary.write(
          s.resolve("content/events/b/index.md"), page("Bundle event", "2024-06-09", ""));
      HugoBinary.write(s.resolve("content/talks/x/_index.md"), "---\ntitle: X\n---\n");
      HugoBinary.write(s.resolve("content/talks/x/t1.md"), page("Talk One", "2023-05-05", ""));
    }
  },
  /** Mounts of content and a base URL with a path. */
  MOUNTS {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.yaml"),
          """
          baseURL: https://example.org/docs
          module:
            mounts:
              - source: content/en
                target: content
              - source: extra/talks
                target: content/talks
          permalinks:
            blog: /:section/:year/:month/:slug/
          """);
      HugoBinary.write(
          s.resolve("content/en/blog/2021-10-01-update.md"),
          page("October 2021 update", "2021-10-01 8:30:00+00:00", ""));
      HugoBinary.write(
          s.resolve("content/en/blog/no-slash.md"),
          page("U", "2021-10-02", "url: /blog/2021/10/october-2021-update\n"));
      HugoBinary.write(
          s.resolve("content/en/events/Big Event (2020).md"), page("Big", "2020-01-01", ""));
      HugoBinary.write(s.resolve("extra/talks/remote.md"), page("Remote", "2020-01-01", ""));
    }
  },
  /** Languages with their own folders and the default in a subfolder. */
  LANGUAGES {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.yaml"),
          """
          baseURL: https://example.org/
          defaultContentLanguage: de
          defaultContentLanguageInSubdir: true
          languages:
            de: {weight: 1, contentDir: content/de}
            en: {weight: 2, contentDir: content/en}
          """);
      HugoBinary.write(
          s.resolve("content/de/Neue Sektion/Über Uns (Team)!.md"), page("Ä b", "2020-01-01", ""));
      HugoBinary.write(s.resolve("content/en/events/e1.md"), page("E1", "2021-05-04", ""));
      HugoBinary.write(
          s.resolve("content/en/events/own.md"), page("Own", "2021-05-04", "url: /custom/own/\n"));
      HugoBinary.write(s.resolve("content/de/events/b2/index.md"), page("B2", "2020-01-01", ""));
    }
  },
  /** Translations by file name, and suffixes that are no language. */
  TRANSLATIONS {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("config.toml"),
          """
          baseurl = "https://ropensci.example/"
          defaultContentLanguage = "en"
          [languages.en]
          weight = 1
          [languages.es]
          weight = 2
          """);
      HugoBinary.write(
          s.resolve("content/commcalls/2023-11-23/index.es.md"), page("Charla", "2023-11-23", ""));
      HugoBinary.write(
          s.resolve("content/commcalls/2024-09-24/index.md"), page("Call", "2024-09-24", ""));
      HugoBinary.write(
          s.resolve("content/commcalls/2024-09-24/index.es.md"), page("Llamada", "2024-09-24", ""));
      HugoBinary.write(
          s.resolve("content/events/x.fr.md"), page("Not a language here", "2020-01-01", ""));
      HugoBinary.write(
          s.resolve("content/events/es-url.es.md"),
          page("Con url", "2020-01-01", "url: /es/otra/\n"));
    }
  },
  /** {@code uglyURLs}, slugs, urls and bundles. */
  UGLY_URLS {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.toml"),
          """
          baseURL = "https://example.org/"
          uglyURLs = true
          [permalinks]
          blog = "/:section/:slug/"
          """);
      HugoBinary.write(s.resolve("content/talks/Plain Page.md"), page("Plain", "2020-01-01", ""));
      HugoBinary.write(
          s.resolve("content/talks/slugged.md"), page("S", "2020-01-01", "slug: Other Name\n"));
      HugoBinary.write(s.resolve("content/talks/bundle/index.md"), page("B", "2020-01-01", ""));
      HugoBinary.write(
          s.resolve("content/talks/rel.md"), page("R", "2020-01-01", "url: relative/thing.html\n"));
      HugoBinary.write(s.resolve("content/blog/post.md"), page("A Post", "2020-01-01", ""));
      HugoBinary.write(s.resolve("content/top.md"), page("Top", "2020-01-01", ""));
    }
  },
  /** The config folder, and dates from file names. */
  CONFIG_FOLDER {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("config/_default/hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(
          s.resolve("config/_default/permalinks.toml"), "events = \"/:section/:year/:slug/\"\n");
      HugoBinary.write(
          s.resolve("config/_default/frontmatter.yaml"), "date: [\":filename\", \":default\"]\n");
      HugoBinary.write(
          s.resolve("config/production/hugo.toml"), "baseURL = \"https://prod.example.org/\"\n");
      // Hugo's date comes from the file name; the talk's own day from startdate.
      HugoBinary.write(
          s.resolve("content/events/2021-05-04-my-event.md"),
          "---\ntitle: E\nstartdate: 2021-06-01\n---\n");
      HugoBinary.write(
          s.resolve("content/events/2021-05-05-slugged.md"),
          "---\ntitle: F\nslug: mine\nstartdate: 2021-06-01\n---\n");
      HugoBinary.write(s.resolve("content/events/plain.md"), page("Plain", "2022-02-02", ""));
    }
  },
  /** Random file names, titles and slugs: Hugo's path sanitising, character by character. */
  GENERATED_NAMES {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.toml"),
          "baseURL = \"https://example.org/\"\n[permalinks]\ntitled = \"/:section/:title/\"\nslugged = \"/:section/:slug/\"\n");
      Random random = new Random(11);
      String alphabet = "abcXYZ019 -_.~+#@!()[]',&é日本ü";
      for (int i = 0; i < 40; i++) {
        String name = i + word(random, alphabet).strip();
        String title = word(random, alphabet) + " " + i;
        String section = List.of("plain", "titled", "slugged").get(i % 3);
        String extra = i % 4 == 0 ? "slug: \"" + word(random, alphabet) + i + "\"\n" : "";
        HugoBinary.write(
            s.resolve("content/" + section + "/" + name.replace("/", "") + ".md"),
            page(title, "2020-01-0" + (1 + i % 9), extra));
      }
    }
  },
  /** Sections sliced every way, paths kept in their case, escapes and spaces in names. */
  SLICES_AND_CASE {
    @Override
    void write(Path s) {
      HugoBinary.write(
          s.resolve("hugo.toml"),
          """
          baseURL = "https://example.org/"
          disablePathToLower = true
          [permalinks]
          docs = "/:sections[:last]/:sections[1]/:filename/"
          notes = "/n/:sections[x]/:weekday/:title"
          guides = "/g/:sections[1:last]/:slugorfilename/page.html"
          """);
      HugoBinary.write(s.resolve("content/docs/A/_index.md"), "---\ntitle: A\n---\n");
      HugoBinary.write(s.resolve("content/docs/A/B/_index.md"), "---\ntitle: B\n---\n");
      HugoBinary.write(
          s.resolve("content/docs/A/B/Mixed Case   Name.md"), page("M", "2020-03-01", ""));
      HugoBinary.write(s.resolve("content/docs/A/NoSection/deep.md"), page("D", "2020-03-02", ""));
      HugoBinary.write(
          s.resolve("content/notes/n1.md"), page("Fifty%20Percent + More", "2021-08-07", ""));
      HugoBinary.write(s.resolve("content/notes/n2.md"), page("Bad %zz escape", "2021-08-08", ""));
      List<String> titles =
          List.of("A+B", "A%20B", "A + B", "A%2BB", "x%41y", "A  +B", "A+ B", "Ü%C3%9C");
      for (int i = 0; i < titles.size(); i++) {
        HugoBinary.write(
            s.resolve("content/notes/t" + i + ".md"),
            page(titles.get(i), "2021-08-0" + (i + 1), ""));
      }
      HugoBinary.write(s.resolve("content/guides/X/_index.md"), "---\ntitle: X\n---\n");
      HugoBinary.write(s.resolve("content/guides/X/Y/_index.md"), "---\ntitle: Y\n---\n");
      HugoBinary.write(
          s.resolve("content/guides/X/Y/g1.md"), page("G", "2021-01-01", "slug: Über Slug\n"));
      HugoBinary.write(s.resolve("content/guides/X/Y/g2.md"), page("G2", "2021-01-01", ""));
      HugoBinary.write(
          s.resolve("content/plain/100%41 sure - really.md"), page("P", "2021-01-01", ""));
      HugoBinary.write(
          s.resolve("content/plain/urls.md"), page("U", "2021-01-01", "url: a//b/file.xml\n"));
      HugoBinary.write(
          s.resolve("content/plain/numslug.md"), page("N", "2021-01-01", "slug: 42\n"));
    }
  };

  private static final String PAGE = "---\ntitle: \"%s\"\ndate: %s\n%s---\nBody.\n";

  /** Writes the site's config and pages under {@code s}. */
  abstract void write(Path s);

  /** The resource that holds what {@code hugo} printed for the site. */
  String resource() {
    return "/permalinks/" + name().toLowerCase(java.util.Locale.ROOT) + ".tsv";
  }

  /**
   * Loads the site as the bot does with {@code site.root} set: each page's URL by its path under
   * the site, with "/" between folders.
   */
  static Map<String, String> botUrls(Path site) {
    ContentOptions options =
        new ContentOptions(
            Optional.empty(),
            URI.create("http://localhost:1313/"),
            ZoneId.of("UTC"),
            Optional.of(site),
            List.of(),
            List.of("webinar", "talk"),
            Optional.empty(),
            TalkSchema.defaults());
    HugoContentLoader loader = new HugoContentLoader(options);
    LoadResult r = loader.load(loader.site(site).contentDir());
    assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
    Map<String, String> bot = new TreeMap<>();
    for (Webinar w : r.catalogue().all()) {
      bot.put(relative(site, Path.of(w.source())), w.pageUrl().toString());
    }
    return bot;
  }

  /** What {@code hugo list all} gives each page, keyed as {@link #botUrls} keys it. */
  static Map<String, String> hugoUrls(Path site) {
    // Hugo leaves a "#" from a file name or title raw in .Permalink, where a browser reads it as
    // the start of a fragment; the page is served at the escaped path, which is what the bot posts.
    Map<String, String> hugo = new TreeMap<>();
    HugoBinary.permalinks(site)
        .forEach((k, v) -> hugo.put(relative(site, k), v.replace("#", "%23")));
    return hugo;
  }

  private static String relative(Path site, Path page) {
    Path root = site.toAbsolutePath().normalize();
    return root.relativize(page.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  static String page(String title, String date, String extra) {
    return String.format(PAGE, title.replace("\"", "\\\""), date, extra);
  }

  static String word(Random random, String alphabet) {
    StringBuilder b = new StringBuilder();
    int n = 3 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return b.toString();
  }
}
