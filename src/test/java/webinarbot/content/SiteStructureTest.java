package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Webinar;
import webinarbot.testing.HugoBinary;

/** The site as Hugo reads it: which pages are talks, which are not and why, and their URLs. */
class SiteStructureTest {
  @TempDir Path temp;

  static Path resource(String path) {
    return webinarbot.testing.RealSites.folder(path);
  }

  private static ContentOptions options(Path site) {
    return new ContentOptions(
        Optional.empty(),
        URI.create("http://localhost:1313/"),
        ZoneId.of("UTC"),
        Optional.of(site),
        List.of(),
        ContentOptions.DEFAULT_TYPES,
        Optional.empty(),
        TalkSchema.defaults());
  }

  private static LoadResult load(ContentOptions o) {
    HugoContentLoader loader = new HugoContentLoader(o);
    return loader.load(loader.site(o.siteRoot().get()).contentDir());
  }

  @Nested
  class TheWholeFdioSite {
    private final Path site = resource("fdio");

    @Test
    void withoutSectionsEveryDatedPageIsATalkAndThePagesWithoutADateAreCounted() {
      LoadResult r = load(options(site).withBaseUrl(Optional.of(URI.create("https://fd.io/"))));

      // The first finding: press releases and white papers read as all-day talks.
      assertThat(r.catalogue().find("vpp2602")).isPresent();
      assertThat(r.hasErrors()).isFalse();
      assertThat(r.skipped())
          .filteredOn(s -> s.file().endsWith("community/tsc.md"))
          .singleElement()
          .satisfies(s -> assertThat(s.reason()).isEqualTo(Skipped.Reason.NO_DATE));
    }

    @Test
    void withItsWebinarSectionItReadsTheTwentyFourTalksAndNothingElse() {
      LoadResult r =
          load(
              options(site)
                  .withBaseUrl(Optional.of(URI.create("https://fd.io/")))
                  .withSections(List.of("news/webinars")));

      assertThat(r.catalogue().size()).isEqualTo(24);
      assertThat(r.pages()).isEqualTo(25);
      assertThat(r.skippedByReason()).isEqualTo(Map.of(Skipped.Reason.SECTION_PAGE, 1));
      assertThat(r.outside()).isEqualTo(79);
      assertThat(r.hasErrors()).isFalse();
      assertThat(r.catalogue().find("video_trex").orElseThrow().pageUrl())
          .hasToString("https://fd.io/news/webinars/video_trex/");
    }

    @Test
    void itsRelativeBaseUrlLeavesTheUrlsToSiteBaseUrl() {
      // config.toml says baseURL = "/": only site.base_url can make links absolute.
      LoadResult r = load(options(site).withSections(List.of("news/webinars")));

      assertThat(r.catalogue().find("video_trex").orElseThrow().pageUrl())
          .hasToString("http://localhost:1313/news/webinars/video_trex/");
    }
  }

  @Nested
  class TypesAndSections {
    @Test
    void pagesOfAnotherTypeAreCountedAndReadWhenTheirTypeIsListed() {
      Path site = temp.resolve("s");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(
          site.resolve("content/program/a.md"),
          "+++\nTitle = \"A\"\nType = \"talk\"\ndate = \"2026-05-01\"\n+++\n");
      HugoBinary.write(
          site.resolve("content/program/b.md"),
          "---\ntitle: B\ntype: webinars\ndate: 2026-05-02\n---\n");

      LoadResult webinarsOnly = load(options(site));
      LoadResult talks = load(options(site).withTypes(List.of("talk", "webinars")));

      assertThat(webinarsOnly.catalogue().all()).isEmpty();
      assertThat(webinarsOnly.skipped())
          .extracting(Skipped::reason, Skipped::detail)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Skipped.Reason.OTHER_TYPE, "type = \"talk\", not in content.types"),
              org.assertj.core.groups.Tuple.tuple(
                  Skipped.Reason.OTHER_TYPE, "type = \"webinars\", not in content.types"));
      assertThat(talks.catalogue().all()).extracting(Webinar::id).containsExactly("a", "b");
    }

    @Test
    void aTypeCascadedFromTheSectionPageCounts() {
      Path site = temp.resolve("c");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(
          site.resolve("content/events/_index.md"),
          "---\ntitle: Events\ncascade:\n  type: event\n---\n");
      HugoBinary.write(
          site.resolve("content/events/sub/_index.md"),
          "---\ntitle: Sub\ncascade:\n  - _target:\n      path: /events/sub/keep*\n    type: webinar\n---\n");
      HugoBinary.write(
          site.resolve("content/events/e.md"), "---\ntitle: E\ndate: 2026-01-01\n---\n");
      HugoBinary.write(
          site.resolve("content/events/sub/keep-me.md"), "---\ntitle: K\ndate: 2026-01-01\n---\n");
      HugoBinary.write(
          site.resolve("content/events/sub/other.md"), "---\ntitle: O\ndate: 2026-01-01\n---\n");
      HugoBinary.write(
          site.resolve("content/events/own.md"),
          "---\ntitle: Own\ntype: webinar\ndate: 2026-01-01\n---\n");

      LoadResult r = load(options(site));

      assertThat(r.catalogue().all()).extracting(Webinar::id).containsExactly("keep-me", "own");
      assertThat(r.skippedByReason())
          .containsEntry(Skipped.Reason.OTHER_TYPE, 2)
          .containsEntry(Skipped.Reason.SECTION_PAGE, 2);
    }

    @Test
    void aSectionPageWhoseFrontMatterDoesNotParseIsAnErrorAndThePagesBelowStillLoad() {
      Path site = temp.resolve("broken-cascade");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      // An unquoted * starts a YAML alias: Hugo refuses to build this site.
      HugoBinary.write(
          site.resolve("content/talks/_index.md"),
          "---\ntitle: Talks\ncascade:\n  - _target: {path: **/keep*}\n    type: webinar\n---\n");
      HugoBinary.write(
          site.resolve("content/talks/own.md"),
          "---\ntitle: Own\ntype: webinar\ndate: 2026-01-01\n---\n");

      LoadResult r = load(options(site));

      assertThat(r.catalogue().all()).extracting(Webinar::id).containsExactly("own");
      assertThat(r.diagnostics())
          .filteredOn(Diagnostic::isError)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.file()).isEqualTo(site.resolve("content/talks/_index.md").toString());
                assertThat(d.line()).isEqualTo(4);
              });
    }

    @Test
    void cascadesReachOnlyThePagesTheirTargetNames() {
      Path site = temp.resolve("targets");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(
          site.resolve("content/talks/_index.md"),
          "---\ntitle: Talks\ncascade:\n"
              + "  - _target: {path: \"/talks/**/x?\"}\n    type: webinar\n"
              + "  - _target: {path: \"/talks/*\", kind: page}\n    type: webinar\n"
              + "  - _target: {kind: section}\n    type: webinar\n"
              + "  - _target: {lang: fr}\n    type: webinar\n"
              + "  - type: event\n---\n");
      HugoBinary.write(
          site.resolve("content/calls/_index.md"),
          "+++\ntitle = \"Calls\"\n[cascade]\nTYPE = \"webinar\"\n+++\n");
      for (String page :
          List.of("talks/top", "talks/a/mid", "talks/a/b/x1", "talks/a/b/x12", "calls/c")) {
        HugoBinary.write(
            site.resolve("content/" + page + ".md"), "---\ntitle: T\ndate: 2026-01-01\n---\n");
      }

      LoadResult r = load(options(site));

      assertThat(r.catalogue().all())
          .extracting(Webinar::id)
          .containsExactlyInAnyOrder("c", "top", "x1");
      assertThat(r.skippedByReason()).containsEntry(Skipped.Reason.OTHER_TYPE, 2);
    }

    @Test
    void aPageWithoutADateIsSkippedWithItsReasonAndAnEmptyDateIsNoDate() {
      Path site = temp.resolve("d");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(site.resolve("content/talks/none.md"), "+++\ntitle = \"N\"\n+++\n");
      HugoBinary.write(site.resolve("content/talks/empty.md"), "---\ntitle: E\ndate: \"\"\n---\n");
      HugoBinary.write(
          site.resolve("content/talks/dated.md"), "---\ntitle: D\ndate: 2026-01-01\n---\n");

      LoadResult r = load(options(site));

      assertThat(r.catalogue().all()).extracting(Webinar::id).containsExactly("dated");
      assertThat(r.hasErrors()).isFalse();
      assertThat(r.skipped())
          .extracting(Skipped::file, Skipped::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  site.resolve("content/talks/empty.md").toString(), Skipped.Reason.NO_DATE),
              org.assertj.core.groups.Tuple.tuple(
                  site.resolve("content/talks/none.md").toString(), Skipped.Reason.NO_DATE));
    }

    @Test
    void onlyTheTalkSectionsAreReadAndTheRestIsCountedAsOutside() {
      Path site = temp.resolve("o");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
      HugoBinary.write(site.resolve("content/blog/post.md"), "+++\ntitle = \"P\"\n+++\n");
      HugoBinary.write(site.resolve("content/about.md"), "+++\ntitle = \"About\"\n+++\n");
      HugoBinary.write(
          site.resolve("content/events/webinars/w.md"),
          "+++\ntitle = \"W\"\ndate = 2026-01-01\n+++\n");

      LoadResult r = load(options(site).withSections(List.of("/events/webinars/")));

      assertThat(r.catalogue().all()).extracting(Webinar::id).containsExactly("w");
      assertThat(r.pages()).isEqualTo(1);
      assertThat(r.outside()).isEqualTo(2);
      assertThat(r.skipped()).isEmpty();
    }

    @Test
    void aBrokenSiteConfigurationIsAnErrorNamingTheFile() {
      Path site = temp.resolve("b");
      HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\n");
      HugoBinary.write(
          site.resolve("content/t.md"), "+++\ntitle = \"T\"\ndate = 2026-01-01\n+++\n");

      LoadResult r = load(options(site));

      assertThat(r.diagnostics())
          .filteredOn(Diagnostic::isError)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.file()).isEqualTo(site.resolve("hugo.toml").toString());
                assertThat(d.line()).isEqualTo(1);
                assertThat(d.message()).startsWith("Hugo configuration: not valid TOML");
              });
      assertThat(r.catalogue().all()).hasSize(1);
    }
  }

  @Nested
  class FindingTheSite {
    @Test
    void aContentFolderInsideASiteUsesTheSitesConfiguration() {
      Path site = temp.resolve("f");
      HugoBinary.write(
          site.resolve("hugo.toml"),
          "baseURL = \"https://example.org/\"\n[permalinks]\nnews = \"/:section/:year/:slug/\"\n");
      HugoBinary.write(
          site.resolve("content/news/webinars/t.md"),
          "+++\ntitle = \"T\"\ndate = 2026-01-01\n+++\n");

      // Pointed at a folder inside the site, with no site.root: the site is found above it.
      HugoContentLoader loader =
          new HugoContentLoader(options(site).withSiteRoot(site).withBaseUrl(Optional.empty()));
      LoadResult r =
          new HugoContentLoader(
                  new ContentOptions(
                      Optional.empty(),
                      URI.create("http://localhost:1313/"),
                      ZoneId.of("UTC"),
                      Optional.empty(),
                      List.of(),
                      ContentOptions.DEFAULT_TYPES,
                      Optional.empty(),
                      TalkSchema.defaults()))
              .load(site.resolve("content/news/webinars"));

      assertThat(loader.site(site).baseUrl()).contains(URI.create("https://example.org/"));
      assertThat(r.catalogue().all().get(0).pageUrl())
          .hasToString("https://example.org/news/2026/t/");
    }
  }
}
