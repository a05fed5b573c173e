package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import webinarbot.testing.FixedSeed;

/**
 * Whatever a page holds, the reader never throws, and when it cannot load a page it says why with a
 * line inside the file.
 */
class GarbledPagesPropertyTest {
  private static final String VALID =
      """
      +++
      title = "Calico/VPP: Using Calico’s Pluggable Dataplanes"
      date = "2021-10-15"
      time_slot = "11:55am - 12:30am PST"
      type = "webinar"
      pdfurl =  "https://static.sched.com/x.pdf"
      previewimage = "/img/x.jpg"
      +++

      The Calico VPP dataplane.

      {{% btn txt="Event link" link="https://kccncna2021.sched.com/event/lV4o" %}}

      ### Speakers

      {{< speaker name="Chris Tomkins - Developer Advocate @ Tigera" twitter="TomkinsDa" img="/img/c.jpeg">}}
      Chris is a developer advocate.
      {{< /speaker >}}
      """;

  private static final List<String> FRAGMENTS =
      List.of(
          "+++",
          "---",
          "{{<",
          ">}}",
          "{{%",
          "%}}",
          "{{< /speaker >}}",
          "{{< speaker name=\"",
          "\"",
          "'",
          "=",
          "\n",
          "\r\n",
          "[",
          "]",
          "{",
          "}",
          "time_slot = \"",
          "date = ",
          "25:99pm - 1am XYZ",
          "\uFEFF",
          "\u0000",
          "é",
          "😀",
          "title:",
          ": [",
          "- ",
          "#",
          "\\",
          "javascript:",
          "https://",
          "//",
          "/",
          "13:05pm",
          "2021-13-45",
          "\t",
          "   ");

  private final SiteView view =
      new SiteView(
          HugoSite.plain(Path.of("content")),
          ContentOptions.of(URI.create("https://fd.io/"), ZoneId.of("UTC")));
  private final PageReader reader = new PageReader(view);
  private final PagePath where = view.locate(Path.of("content/page.md"), Path.of("content"));

  @Property(tries = 600, seed = FixedSeed.SEED)
  void neverThrowsAndAlwaysNamesALine(@ForAll("garbledPages") String page) {
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    PageReader.PageOutcome outcome = reader.read(where, "content/page.md", bytes);

    long lines = page.lines().count() + 1;
    assertThat(outcome.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.line()).isBetween(1, (int) lines);
              assertThat(d.column()).isPositive();
              assertThat(d.message()).isNotBlank();
            });
    if (outcome.isWebinarPage() && outcome.webinar().isEmpty()) {
      assertThat(outcome.diagnostics()).anyMatch(Diagnostic::isError);
    }
  }

  @Property(tries = 300, seed = FixedSeed.SEED)
  void randomBytesNeverThrow(@ForAll byte[] bytes) {
    PageReader.PageOutcome outcome = reader.read(where, "content/page.md", bytes);

    assertThat(
            outcome.webinar().isPresent()
                || !outcome.diagnostics().isEmpty()
                || outcome.skipped().isPresent())
        .isTrue();
  }

  @Provide
  Arbitrary<String> garbledPages() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    Arbitrary<Edit> insert = Combinators.combine(position, fragment).as(Edit::insert);
    Arbitrary<Edit> delete =
        Combinators.combine(position, Arbitraries.integers().between(1, 40)).as(Edit::delete);
    return Arbitraries.oneOf(insert, delete)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            edits -> {
              String page = VALID;
              for (Edit e : edits) {
                page = e.apply(page);
              }
              return page;
            });
  }

  /** One change to a page: insert a fragment or delete a run of characters. */
  private record Edit(int at, String insert, int delete) {
    static Edit insert(int at, String fragment) {
      return new Edit(at, fragment, 0);
    }

    static Edit delete(int at, int length) {
      return new Edit(at, "", length);
    }

    String apply(String page) {
      int from = Math.min(at, page.length());
      int to = Math.min(page.length(), from + delete);
      return page.substring(0, from) + insert + page.substring(to);
    }
  }
}
