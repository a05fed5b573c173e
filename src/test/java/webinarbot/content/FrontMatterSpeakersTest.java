package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;
import webinarbot.testing.HugoBinary;

/** Speakers written in front matter, and speaker ids looked up in a section of person pages. */
class FrontMatterSpeakersTest {
  @TempDir Path site;

  private LoadResult load(Optional<String> people) {
    HugoBinary.write(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\n");
    ContentOptions o =
        new ContentOptions(
            Optional.empty(),
            URI.create("http://localhost:1313/"),
            ZoneId.of("UTC"),
            Optional.of(site),
            List.of("events"),
            List.of("talk"),
            people,
            TalkSchema.defaults());
    return new HugoContentLoader(o).load(site.resolve("content"));
  }

  private static Speaker speaker(String name, String role) {
    return new Speaker(
        name,
        Optional.ofNullable(role),
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void stringsAreSplitIntoNameAndRole() {
    HugoBinary.write(
        site.resolve("content/events/t.md"),
        """
        +++
        title = "T"
        type = "talk"
        date = 2026-01-01
        speakers = ["Ada Lovelace - Analyst @ Engines Ltd", "Grace Hopper, Rear Admiral @ Navy", "Linus"]
        +++
        """);

    Webinar w = load(Optional.empty()).catalogue().all().get(0);

    assertThat(w.speakers())
        .containsExactly(
            speaker("Ada Lovelace", "Analyst @ Engines Ltd"),
            speaker("Grace Hopper", "Rear Admiral @ Navy"),
            speaker("Linus", null));
  }

  @Test
  void mapsGiveEveryPartWithTheirCommonNamesAndProfileUrlsBecomeHandles() {
    HugoBinary.write(
        site.resolve("content/events/call/index.md"),
        """
        ---
        title: Call
        type: talk
        date: 2026-01-01
        presenters:
          - name: Maëlle Salmon
            position: Research Software Engineer
            company: rOpenSci
            bio: |
              Maëlle *writes* packages.
            photo: maelle.png
            github: https://github.com/maelle
            twitter: "@ma_salmon"
            linkedin: https://www.linkedin.com/in/maelle-salmon-0a1b2c/
          - title: Nameless role
        ---
        """);

    LoadResult r = load(Optional.empty());
    Speaker s = r.catalogue().all().get(0).speakers().get(0);

    assertThat(s.name()).isEqualTo("Maëlle Salmon");
    assertThat(s.role()).contains("Research Software Engineer @ rOpenSci");
    assertThat(s.bio()).isEqualTo("Maëlle *writes* packages.");
    assertThat(s.image()).contains(URI.create("https://example.org/events/call/maelle.png"));
    assertThat(s.github()).contains("maelle");
    assertThat(s.twitter()).contains("ma_salmon");
    assertThat(s.linkedin()).contains("maelle-salmon-0a1b2c");
    assertThat(r.catalogue().all().get(0).speakers()).hasSize(1);
    assertThat(r.diagnostics())
        .anyMatch(d -> d.message().equals("presenters: a speaker without a name is left out"));
  }

  @Test
  void idsAreLookedUpInThePeopleSectionNearestTheTalk() {
    HugoBinary.write(
        site.resolve("content/events/2023-zurich/program/marc-herren.md"),
        """
        +++
        talk_date = "2023-06-01"
        title = "Setup a branch specific pipeline"
        type = "talk"
        speakers = ["marc-herren", "nobody-known"]
        +++
        """);
    HugoBinary.write(
        site.resolve("content/events/2023-zurich/speakers/marc-herren.md"),
        """
        +++
        Title = "Marc Herren"
        image = "marc-herren.jpg"
        type = "speaker"
        Twitter = ""
        Linkedin = "https://www.linkedin.com/in/marc-herren-7181b0ab/"
        +++

        ### Founder @ remmen.io

        Marc Herren is the founder of remmen.io GmbH.
        """);
    HugoBinary.write(
        site.resolve("content/events/2019-zurich/speakers/marc-herren.md"),
        "+++\nTitle = \"Marc Herren (2019)\"\ntype = \"speaker\"\n+++\nOlder bio.\n");

    LoadResult r = load(Optional.of("events/*/speakers"));

    Webinar w = r.catalogue().all().get(0);
    Speaker marc = w.speakers().get(0);
    assertThat(marc.name()).isEqualTo("Marc Herren");
    assertThat(marc.bio()).contains("Marc Herren is the founder of remmen.io GmbH.");
    assertThat(marc.image())
        .contains(URI.create("https://example.org/events/2023-zurich/speakers/marc-herren.jpg"));
    assertThat(marc.linkedin()).contains("marc-herren-7181b0ab");
    assertThat(marc.twitter()).isEmpty();
    assertThat(w.speakers().get(1).name()).isEqualTo("nobody-known");
    assertThat(r.diagnostics())
        .anyMatch(
            d ->
                d.message()
                    .equals(
                        "speakers: no page for speaker \"nobody-known\" in events/*/speakers; shown by that id"));
    assertThat(r.skippedByReason()).containsEntry(Skipped.Reason.PERSON_PAGE, 2);
  }

  @Test
  void frontMatterAndShortcodeSpeakersAreBothKeptOnce() {
    HugoBinary.write(
        site.resolve("content/events/t.md"),
        """
        +++
        title = "T"
        type = "talk"
        date = 2026-01-01
        speakers = ["Dave Barach - VPP inventor"]
        +++
        {{< speaker name="Dave Barach - VPP inventor" >}}Bio.{{< /speaker >}}
        {{< speaker name="Other Person" >}}Other bio.{{< /speaker >}}
        """);

    Webinar w = load(Optional.empty()).catalogue().all().get(0);

    assertThat(w.speakers())
        .extracting(Speaker::name)
        .containsExactly("Dave Barach", "Other Person");
  }
}
