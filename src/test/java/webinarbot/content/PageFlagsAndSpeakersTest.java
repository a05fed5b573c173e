package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;
import webinarbot.testing.PageFolder;

/** A page's draft and cancelled flags, and how its speakers' names are split, as loaded. */
class PageFlagsAndSpeakersTest {
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

  private static List<String> messages(LoadResult r) {
    return r.diagnostics().stream()
        .filter(d -> !d.message().startsWith("no time_slot"))
        .map(d -> d.line() + ":" + d.severity().label() + ": " + d.message())
        .toList();
  }

  @Test
  void givenAPageWithoutFlags_whenLoaded_thenItIsNeitherDraftNorCancelledAndIsListed() {
    pages.webinar("talk.md", "Talk", "2099-12-03", "10:00 - 11:00 UTC");

    Webinar w = only(pages.load());

    assertThat(w.draft()).isFalse();
    assertThat(w.cancelled()).isFalse();
    assertThat(w.isVisible(w.time().startInstant().minusSeconds(86400))).isTrue();
  }

  @Test
  void givenFlagsSetToFalse_whenLoaded_thenTheTalkIsNeitherDraftNorCancelled() {
    pages.write(
        "f.md",
        "+++\ntitle = \"T\"\ndate = \"2099-12-03\"\ndraft = false\ncancelled = false\n+++\n");

    Webinar w = only(pages.load());

    assertThat(w.draft()).isFalse();
    assertThat(w.cancelled()).isFalse();
  }

  @Test
  void givenDraftWrittenAsAString_whenLoaded_thenItIsReadWithAWarningSayingHowToWriteIt() {
    pages.write("d.md", "+++\ntitle = \"T\"\ndate = \"2099-12-03\"\ndraft = \"TRUE\"\n+++\n");

    LoadResult r = pages.load();

    assertThat(only(r).draft()).isTrue();
    assertThat(messages(r))
        .containsExactly(
            "4:warning: draft = \"true\" is a string; read as true (write draft = true)");
  }

  @Test
  void givenCancelledWrittenAsTheStringFalse_whenLoaded_thenItIsNotCancelled() {
    pages.write("c.md", "+++\ntitle = \"T\"\ndate = \"2099-12-03\"\ncancelled = \"false\"\n+++\n");

    LoadResult r = pages.load();

    assertThat(only(r).cancelled()).isFalse();
    assertThat(messages(r)).hasSize(1);
  }

  @Test
  void givenDraftThatIsNeitherTrueNorFalse_whenLoaded_thenTheErrorNamesTheFieldAndLine() {
    pages.write("d.md", "+++\ntitle = \"T\"\ndate = \"2099-12-03\"\ndraft = \"maybe\"\n+++\n");

    LoadResult r = pages.load();

    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.message()).isEqualTo("draft must be true or false, not \"maybe\"");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Ada Lovelace - Analyst @ Engines Ltd | Ada Lovelace | Analyst @ Engines Ltd",
        "Ada Lovelace, Analyst @ Engines Ltd  | Ada Lovelace | Analyst @ Engines Ltd",
        "Ada Lovelace @ Engines Ltd           | Ada Lovelace | Engines Ltd",
        "Ada Lovelace - Analyst, Engines Ltd  | Ada Lovelace | Analyst, Engines Ltd",
        "Ada   Lovelace  -  Analyst           | Ada Lovelace | Analyst",
        "- Ada Lovelace                       | - Ada Lovelace | -",
        "Ada Lovelace                         | Ada Lovelace | -",
        "Engines Ltd @ Ada, Lovelace          | Engines Ltd  | Ada, Lovelace",
        ", Ada                                | , Ada        | -",
      })
  void givenASpeakerShortcode_whenLoaded_thenTheNameIsSplitFromTheRole(
      String written, String name, String role) {
    pages.write(
        "s.md",
        "+++\ntitle = \"T\"\ndate = \"2026-12-03\"\n+++\n{{< speaker name=\""
            + written.replace("  -  ", "\t-  ")
            + "\" >}}Bio.{{< /speaker >}}\n");

    Webinar w = only(pages.load());

    assertThat(w.speakers()).extracting(Speaker::name).containsExactly(name);
    assertThat(w.speakers().get(0).role()).isEqualTo(Optional.ofNullable(role));
  }
}
