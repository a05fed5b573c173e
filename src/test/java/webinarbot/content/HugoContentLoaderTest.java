package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;
import webinarbot.testing.PageFolder;

class HugoContentLoaderTest {
  @TempDir Path temp;
  PageFolder pages;

  @BeforeEach
  void setUp() {
    pages = new PageFolder(temp);
  }

  private Webinar only(LoadResult r) {
    assertThat(r.catalogue().all()).as("%s", r.diagnostics()).hasSize(1);
    return r.catalogue().all().get(0);
  }

  /** Diagnostics as "file:line:severity: message", without the routine all-day notes. */
  private static List<String> messages(LoadResult r) {
    return r.diagnostics().stream()
        .filter(d -> !d.message().startsWith("no time_slot"))
        .map(
            d ->
                d.file().replaceAll(".*/", "")
                    + ":"
                    + d.line()
                    + ":"
                    + d.severity().label()
                    + ": "
                    + d.message())
        .toList();
  }

  @Nested
  class FrontMatter {
    @Test
    void yamlFrontMatterReadsLikeToml() {
      pages.write(
          "yaml.md",
          """
          ---
          title: "A YAML talk"
          date: 2026-12-03
          time_slot: "5:00pm - 6:00pm CET"
          youtubeurl: https://www.youtube.com/watch?v=abc
          tags: [vpp, yaml]
          ---
          Body.
          """);

      Webinar w = only(pages.load());

      assertThat(w.title()).isEqualTo("A YAML talk");
      assertThat(w.time().startInstant()).hasToString("2026-12-03T16:00:00Z");
      assertThat(w.links().video()).contains(URI.create("https://www.youtube.com/watch?v=abc"));
      assertThat(w.tags()).containsExactly("vpp", "yaml");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreHarmless() {
      String page =
          "+++\r\ntitle = \"CRLF\"\r\ndate = \"2026-12-03\"\r\ntime_slot = \"10:00 - 11:00 UTC\"\r\n+++\r\n\r\nLine one.\r\nLine two.\r\n";
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      pages.writeBytes("bom.md", withBom);

      Webinar w = only(pages.load());

      assertThat(w.title()).isEqualTo("CRLF");
      assertThat(w.description()).isEqualTo("Line one.\nLine two.");
    }

    @Test
    void tomlDatesAndDateTimesAreAccepted() {
      pages.write("d.md", "+++\ntitle = \"T\"\ndate = 2026-12-03T17:00:00+01:00\n+++\n");

      assertThat(only(pages.load()).time().startInstant()).hasToString("2026-12-03T16:00:00Z");
    }

    @Test
    void keysAreCaseInsensitiveAsInHugo() {
      pages.write(
          "case.md",
          "+++\nTitle = \"T\"\ndate = \"2026-12-03\"\npublishDate = \"2026-11-01\"\nYoutubeURL = \"https://youtu.be/x\"\n+++\n");

      Webinar w = only(pages.load());

      assertThat(w.publishDate()).map(Object::toString).contains("2026-11-01T00:00:00Z");
      assertThat(w.links().video()).isPresent();
    }

    @Test
    void draftsLoadButAreNeverVisible() {
      pages.write("draft.md", "+++\ntitle = \"T\"\ndate = \"2099-12-03\"\ndraft = true\n+++\n");

      Webinar w = only(pages.load());

      assertThat(w.draft()).isTrue();
      assertThat(w.isVisible(w.time().startInstant().minusSeconds(86400))).isFalse();
    }

    @Test
    void pagesOfAnotherTypeAndSectionPagesAreNotWebinars() {
      pages.write("_index.md", "+++\ntitle=\"Talks\"\ntype = \"webinar\"\n+++\n");
      pages.write(
          "post.md", "+++\ntitle = \"A blog post\"\ndate = \"2026-01-01\"\ntype = \"post\"\n+++\n");
      pages.webinar("talk.md", "Talk", "2026-12-03", "10:00 - 11:00 UTC");

      LoadResult r = pages.load();

      assertThat(r.catalogue().ids()).containsExactly("talk");
      assertThat(r.diagnostics()).isEmpty();
      assertThat(r.pages()).isEqualTo(3);
    }

    @Test
    void cancelledIsRead() {
      pages.write("c.md", "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\ncancelled = true\n+++\n");

      assertThat(only(pages.load()).cancelled()).isTrue();
    }

    @Test
    void aNearMissOfAKnownKeyIsWarned() {
      pages.write(
          "typo.md", "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\ntimeslot = \"10:00 UTC\"\n+++\n");

      assertThat(messages(pages.load()))
          .contains("typo.md:4:warning: unknown key timeslot; did you mean time_slot?");
    }
  }

  @Nested
  class IdsAndUrls {
    @Test
    void theIdIsTheSlugElseTheFileName() {
      pages.write("My_Talk.md", "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\n+++\n");
      pages.write(
          "other.md", "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\nslug = \"fancy-name\"\n+++\n");

      LoadResult r = pages.load();

      assertThat(r.catalogue().find("My_Talk").get().pageUrl())
          .isEqualTo(URI.create("https://example.org/news/webinars/my_talk/"));
      assertThat(r.catalogue().find("fancy-name").get().pageUrl())
          .isEqualTo(URI.create("https://example.org/news/webinars/fancy-name/"));
    }

    @Test
    void aPageBundleIsNamedByItsFolder() {
      pages.write("bundle/index.md", "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\n+++\n");

      Webinar w = only(pages.load());

      assertThat(w.id()).isEqualTo("bundle");
      assertThat(w.pageUrl()).isEqualTo(URI.create("https://example.org/news/webinars/bundle/"));
    }

    @Test
    void twoPagesWithOneIdAreBothErrors() {
      pages.write("a.md", "+++\ntitle = \"A\"\ndate = \"2026-12-03\"\nslug = \"same\"\n+++\n");
      pages.write("b.md", "+++\ntitle = \"B\"\ndate = \"2026-12-03\"\nslug = \"same\"\n+++\n");
      pages.webinar("c.md", "C", "2026-12-03", "10:00 UTC");

      LoadResult r = pages.load();

      assertThat(r.catalogue().ids()).containsExactly("c");
      assertThat(r.diagnostics())
          .filteredOn(Diagnostic::isError)
          .hasSize(2)
          .allSatisfy(d -> assertThat(d.message()).startsWith("id \"same\" is also used by"));
    }

    @Test
    void relativeLinksResolveAgainstTheSiteAndThePage() {
      pages.write(
          "rel.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\npreviewimage = \"/img/a.jpg\"\npdfurl = \"slides.pdf\"\n"
              + "eventurl = \"//events.example.com/x\"\n+++\n");

      Webinar w = only(pages.load());

      assertThat(w.image()).contains(URI.create("https://example.org/img/a.jpg"));
      assertThat(w.links().slidesPdf())
          .contains(URI.create("https://example.org/news/webinars/rel/slides.pdf"));
      assertThat(w.links().event()).contains(URI.create("https://events.example.com/x"));
    }

    @Test
    void aSiteRelativeLinkWithAColonIsNotMistakenForAScheme() {
      pages.write(
          "colon.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\npreviewimage = \"/a:b/c.jpg\"\n+++\n");

      assertThat(only(pages.load()).image()).contains(URI.create("https://example.org/a:b/c.jpg"));
    }

    @Test
    void aNonHttpLinkIsAnErrorThatDropsOnlyTheLink() {
      pages.write(
          "js.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\nyoutubeurl = \"javascript:alert(1)\"\n+++\n\n"
              + "{{% btn txt=\"Join\" link=\"ftp://files.example.org/x\" %}}\n");

      LoadResult r = pages.load();
      Webinar w = only(r);

      assertThat(w.links().video()).isEmpty();
      assertThat(w.buttons()).isEmpty();
      assertThat(messages(r))
          .containsExactly(
              "js.md:4:error: youtubeurl: only http and https links are posted; \"javascript:alert(1)\" is dropped",
              "js.md:7:error: btn link: only http and https links are posted; \"ftp://files.example.org/x\" is dropped");
    }
  }

  @Nested
  class Shortcodes {
    @Test
    void speakersButtonsAndDescriptionAreSeparated() {
      pages.write(
          "s.md",
          """
          +++
          title = "T"
          date = "2026-12-03"
          +++
          Intro **bold**.

          {{% btn txt="Register now" link="https://reg.example.org/x" %}}

          ## Speakers

          {{< speaker name="Ada Lovelace - Analyst @ Engines Ltd" github="ada" img="/img/ada.png" >}}
          Wrote the *first* program.
          {{< /speaker >}}
          {{< speaker name="Grace Hopper" >}}{{< /speaker >}}

          Closing words.
          """);

      Webinar w = only(pages.load());

      assertThat(w.description()).isEqualTo("Intro **bold**.\n\nClosing words.");
      assertThat(w.links().register()).contains(URI.create("https://reg.example.org/x"));
      assertThat(w.speakers())
          .extracting(Speaker::name)
          .containsExactly("Ada Lovelace", "Grace Hopper");
      Speaker ada = w.speakers().get(0);
      assertThat(ada.role()).contains("Analyst @ Engines Ltd");
      assertThat(ada.bio()).isEqualTo("Wrote the *first* program.");
      assertThat(ada.image()).contains(URI.create("https://example.org/img/ada.png"));
      assertThat(ada.githubUrl()).contains(URI.create("https://github.com/ada"));
      assertThat(w.speakers().get(1).role()).isEmpty();
    }

    @Test
    void otherShortcodesAreDroppedWithAWarning() {
      pages.write(
          "yt.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\n+++\nBefore.\n{{< youtube abc123 >}}\nAfter.\n");

      LoadResult r = pages.load();

      assertThat(only(r).description()).isEqualTo("Before.\n\nAfter.");
      assertThat(messages(r))
          .containsExactly(
              "yt.md:6:warning: shortcode youtube is not supported by the bot and is left out of posts");
    }

    @Test
    void anUnclosedSpeakerIsAnErrorNamingItsLine() {
      pages.write(
          "open.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\n+++\n\n{{< speaker name=\"A\" >}}\nbio\n");

      LoadResult r = pages.load();

      assertThat(r.catalogue().all()).isEmpty();
      assertThat(messages(r))
          .containsExactly(
              "open.md:6:error: speaker shortcode is never closed with {{< /speaker >}}");
    }
  }

  @Nested
  class BrokenPages {
    @Test
    void eachBrokenPageIsNamedWithItsLineAndTheOthersStillLoad() {
      pages.write("no-front-matter.md", "Just text\n");
      pages.write("bad-toml.md", "+++\ntitle = \"T\"\ndate = = \"x\"\n+++\n");
      pages.write("no-title.md", "+++\ndate = \"2026-12-03\"\n+++\n");
      pages.write("bad-date.md", "+++\ntitle = \"T\"\ndate = \"next friday\"\n+++\n");
      pages.write(
          "bad-zone.md",
          "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\ntime_slot = \"10:00 - 11:00 XYZ\"\n+++\n");
      pages.write("unclosed.md", "+++\ntitle = \"T\"\n");
      pages.webinar("good.md", "Good", "2026-12-03", "10:00 - 11:00 UTC");

      LoadResult r = pages.load();

      assertThat(r.catalogue().ids()).containsExactly("good");
      assertThat(messages(r))
          .containsExactly(
              "bad-date.md:3:error: date \"next friday\" is not a date: write YYYY-MM-DD, as in date = \"2026-12-03\"",
              "bad-toml.md:3:error: front matter is not valid TOML: Unexpected '=', expected ', \", ''', \"\"\", a number, a boolean, a date/time, an array, or a table",
              "bad-zone.md:4:error: unknown time zone \"XYZ\" in time_slot: use an abbreviation such as PST or CET, or an IANA id",
              "no-front-matter.md:1:error: no front matter: a webinar page starts with +++ (TOML) or --- (YAML) on its first line",
              "no-title.md:2:error: title is missing: every webinar needs one",
              "unclosed.md:1:error: front matter opened with +++ is never closed");
    }

    @Test
    void aMalformedUnicodeEscapeIsAnErrorOnItsLineAndColumn() {
      // backslash-U wants eight hex digits; tomlj asserts on it when assertions are on, as in
      // tests.
      pages.write(
          "escape.md", "+++\ndate = \"2026-12-03\"\ntitle = \"Calico/VPP: \\Using Calico\"\n+++\n");
      pages.webinar("good.md", "Good", "2026-12-03", "10:00 - 11:00 UTC");

      LoadResult r = pages.load();

      assertThat(r.catalogue().ids()).containsExactly("good");
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.line()).isEqualTo(3);
                assertThat(d.column()).isEqualTo(22);
                assertThat(d.message())
                    .isEqualTo("front matter is not valid TOML: Invalid unicode escape sequence");
              });
    }

    @Test
    void invalidYamlNamesItsLine() {
      pages.write("bad.md", "---\ntitle: T\ndate: [unclosed\n---\n");

      LoadResult r = pages.load();

      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.isError()).isTrue();
                assertThat(d.line()).isBetween(3, 5);
                assertThat(d.message()).startsWith("front matter is not valid YAML");
              });
    }

    @Test
    void invalidUtf8IsAWarningNotALoss() {
      byte[] bytes =
          "+++\ntitle = \"Caf\u00e9\"\ndate = \"2026-12-03\"\n+++\nX\n"
              .getBytes(StandardCharsets.ISO_8859_1);
      pages.writeBytes("latin1.md", bytes);

      LoadResult r = pages.load();

      assertThat(only(r).title()).startsWith("Caf");
      assertThat(messages(r))
          .containsExactly(
              "latin1.md:2:warning: file is not valid UTF-8; bad bytes shown as \uFFFD");
    }

    @Test
    void aMissingFolderIsOneClearError() {
      LoadResult r =
          new HugoContentLoader(PageFolder.BASE_URL, java.time.ZoneId.of("UTC"))
              .load(temp.resolve("nope"));

      assertThat(r.diagnostics())
          .singleElement()
          .extracting(Diagnostic::message)
          .isEqualTo("content folder not found");
    }
  }
}
