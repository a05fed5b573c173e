package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Webinar;
import webinarbot.testing.PageFolder;

/** {@code [content.fields]}: the keys real sites use for times and links, with the defaults. */
class TalkSchemaTest {
  @TempDir Path temp;
  PageFolder pages;

  @BeforeEach
  void setUp() {
    pages = new PageFolder(temp);
  }

  private LoadResult load(String zone, Map<String, List<String>> fields) {
    ContentOptions o =
        ContentOptions.of(PageFolder.BASE_URL, ZoneId.of(zone))
            .withSchema(TalkSchema.withOverrides(fields));
    return new HugoContentLoader(o).load(pages.root());
  }

  private Webinar only(LoadResult r) {
    assertThat(r.catalogue().all()).as("%s", r.diagnostics()).hasSize(1);
    return r.catalogue().all().get(0);
  }

  private static List<String> messages(LoadResult r) {
    return r.diagnostics().stream()
        .map(d -> d.line() + ":" + d.severity().label() + ": " + d.message())
        .toList();
  }

  @Test
  void pulumiStyleNestedKeysWithADurationInWords() {
    pages.write(
        "ask/index.md",
        """
        ---
        title: Ask the Expert
        type: webinars
        main:
          duration: 90 minutes
          sortable_date: 2020-02-05T10:00:00-07:00
          youtube_url: "https://www.youtube.com/watch?v=abc"
          presenters:
            - name: Paul Stack
              role: Software Engineer, Pulumi
        ---
        """);

    Webinar w =
        only(
            new HugoContentLoader(
                    ContentOptions.of(PageFolder.BASE_URL, ZoneId.of("UTC"))
                        .withTypes(List.of("webinars"))
                        .withSchema(
                            TalkSchema.withOverrides(
                                Map.of(
                                    "date", List.of("main.sortable_date"),
                                    "duration", List.of("main.duration"),
                                    "video", List.of("main.YouTube_URL"),
                                    "speakers", List.of("main.presenters")))))
                .load(pages.root()));

    assertThat(w.time().start()).hasToString("2020-02-05T10:00-07:00");
    assertThat(w.time().end()).map(Object::toString).contains("2020-02-05T11:30-07:00");
    assertThat(w.links().video()).contains(URI.create("https://www.youtube.com/watch?v=abc"));
    assertThat(w.pageUrl()).hasToString("https://example.org/news/webinars/ask/");
    assertThat(w.speakers())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("Paul Stack");
              assertThat(s.role()).contains("Software Engineer, Pulumi");
            });
  }

  @Test
  void devopsdaysStyleSeparateDateAndTimesInTheScheduleZone() {
    pages.write(
        "marc-herren.md",
        """
        +++
        City = "Zurich"
        Talk_date = "2023-06-01"
        Talk_start_time = "14:25"
        Talk_end_time = "14:30"
        Title = "Setup a branch specific pipeline"
        youtube = "7N2nMfo7EEQ"
        slides = ""
        +++
        """);

    Webinar w = only(load("Europe/Zurich", Map.of()));

    assertThat(w.time().start()).hasToString("2023-06-01T14:25+02:00[Europe/Zurich]");
    assertThat(w.time().end())
        .map(Object::toString)
        .contains("2023-06-01T14:30+02:00[Europe/Zurich]");
    assertThat(w.links().video())
        .contains(URI.create("https://www.youtube.com/watch?v=7N2nMfo7EEQ"));
    assertThat(w.links().slides()).isEmpty();
  }

  @Test
  void notesAboutSeparateTimesNameTheirKeys() {
    pages.write(
        "t.md",
        "+++\ntitle = \"T\"\ntalk_date = \"2023-06-01\"\ntalk_start_time = \"16:00\"\ntalk_end_time = \"15:00\"\n+++\n");

    LoadResult r = load("UTC", Map.of());

    assertThat(messages(r))
        .contains(
            "4:warning: talk_start_time/talk_end_time ends at 15:00, before it starts at 16:00; end unknown");
  }

  @Test
  void hugoDatesThatUsedToBeRejectedAndAnEmptyDateIsNoDate() {
    pages.write(
        "flux.md", "---\ntitle: October 2021 update\ndate: 2021-10-01 8:30:00+00:00\n---\n");
    pages.write("rfc.md", "+++\ntitle = \"R\"\ndate = \"Fri, 01 Oct 2021 08:30:00 +0000\"\n+++\n");
    pages.write("unset.md", "---\ntitle: U\ndate: \"\"\n---\n");

    LoadResult r = load("UTC", Map.of());

    assertThat(r.catalogue().all())
        .extracting(w -> w.id() + " " + w.time().startInstant())
        .containsExactlyInAnyOrder("flux 2021-10-01T08:30:00Z", "rfc 2021-10-01T08:30:00Z");
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.skippedByReason()).containsEntry(Skipped.Reason.NO_DATE, 1);
  }

  @Test
  void aWrittenOutRangeIsAMultiDayAllDayTalk() {
    pages.write(
        "conf.md",
        "+++\ntitle = \"Conf\"\ndates = \"May 20-23, 2019\"\nlocation = \"Barcelona, Spain\"\n+++\n");

    Webinar w = only(load("Europe/Madrid", Map.of()));

    assertThat(w.time().allDay()).isTrue();
    assertThat(w.time().start()).hasToString("2019-05-20T00:00+02:00[Europe/Madrid]");
    assertThat(w.time().end())
        .map(Object::toString)
        .contains("2019-05-24T00:00+02:00[Europe/Madrid]");
    assertThat(w.time().lastDay()).hasToString("2019-05-23");
    assertThat(w.location()).contains("Barcelona, Spain");
  }

  @Test
  void startAndEndDatesAndAnEndDateTime() {
    pages.write(
        "user.md",
        "---\ntitle: useR!\ndateStart: 2019-07-09\ndateEnd: 2019-07-12\ndate: 2019-07-12\n---\n");
    pages.write(
        "call.md",
        "---\ntitle: Call\ndateStart: '2019-09-24T09:00:00'\ndateEnd: '2019-09-24T10:00:00'\ntimezone: America/Los_Angeles\n---\n");

    LoadResult r = load("UTC", Map.of());

    Webinar user = r.catalogue().find("user").orElseThrow();
    Webinar call = r.catalogue().find("call").orElseThrow();
    assertThat(user.time().allDay()).isTrue();
    assertThat(user.time().lastDay()).hasToString("2019-07-12");
    assertThat(call.time().start()).hasToString("2019-09-24T09:00-07:00[America/Los_Angeles]");
    assertThat(call.time().end())
        .map(Object::toString)
        .contains("2019-09-24T10:00-07:00[America/Los_Angeles]");
  }

  @Test
  void aDurationOfDaysOnADayAndOneThatIsNotALength() {
    pages.write("week.md", "+++\ntitle = \"W\"\ndate = 2026-03-02\nduration = \"3 days\"\n+++\n");
    pages.write(
        "odd.md", "+++\ntitle = \"O\"\ndate = 2026-03-02T10:00:00Z\nduration = \"a while\"\n+++\n");

    LoadResult r = load("UTC", Map.of());

    assertThat(r.catalogue().find("week").orElseThrow().time().lastDay()).hasToString("2026-03-04");
    assertThat(r.catalogue().find("odd").orElseThrow().time().end()).isEmpty();
    assertThat(messages(r))
        .contains(
            "4:warning: duration \"a while\" is not a length such as \"90 minutes\" or \"1h30m\"; ignored");
  }

  @Test
  void linksFromTheCommonKeysANestedOneAndABundleRelativeImage() {
    pages.write(
        "talk/index.md",
        """
        ---
        title: T
        date: 2026-03-02
        youtube_url: https://youtu.be/x
        pdf: slides.pdf
        eventlink: https://meetup.com/e/1
        eventreglink: https://example.com/register
        event:
          eventUrl: https://events.example.com/nested
        image: images/banner.png
        ---
        """);

    Webinar plain = only(load("UTC", Map.of()));
    Webinar nested = only(load("UTC", Map.of("event", List.of("event.eventurl"))));

    assertThat(plain.links().video()).contains(URI.create("https://youtu.be/x"));
    assertThat(plain.links().slidesPdf())
        .contains(URI.create("https://example.org/news/webinars/talk/slides.pdf"));
    assertThat(plain.links().event()).contains(URI.create("https://meetup.com/e/1"));
    assertThat(plain.links().register()).contains(URI.create("https://example.com/register"));
    assertThat(plain.image())
        .contains(URI.create("https://example.org/news/webinars/talk/images/banner.png"));
    assertThat(nested.links().event()).contains(URI.create("https://events.example.com/nested"));
  }

  @Test
  void aValueThatIsNotALinkIsDroppedWithAWarningNamingTheKeyAndTheNextKeyIsTried() {
    pages.write(
        "t.md",
        "+++\ntitle = \"T\"\ndate = 2026-03-02\nyoutubeurl = \"TBD\"\nvideo = \"https://vimeo.com/1\"\n+++\n");

    LoadResult r = load("UTC", Map.of());

    assertThat(only(r).links().video()).contains(URI.create("https://vimeo.com/1"));
    assertThat(messages(r))
        .contains("4:warning: youtubeurl: \"TBD\" is neither a URL nor a path; dropped");
  }

  @Test
  void settingAFieldReplacesItsDefaultKeys() {
    pages.write("t.md", "+++\ntitle = \"T\"\ndate = 2026-03-02\nwhen = 2026-04-01\n+++\n");

    Webinar w = only(load("UTC", Map.of("date", List.of("when"))));

    assertThat(w.time().date()).hasToString("2026-04-01");
  }

  @Test
  void aKeyTheSchemaReadsIsNotMistakenForATypoOfAnother() {
    // pdf_url is one of slides_pdf's keys, and also one underscore away from pdfurl.
    pages.write(
        "t.md",
        "+++\ntitle = \"T\"\ndate = 2026-03-02T10:00:00Z\npdf_url = \"https://x.org/s.pdf\"\n+++\n");

    LoadResult r = load("UTC", Map.of());

    assertThat(only(r).links().slidesPdf()).contains(URI.create("https://x.org/s.pdf"));
    assertThat(messages(r)).noneMatch(m -> m.contains("pdf_url"));
  }

  @Test
  void twoSchemasWithTheSameKeysInAnyCaseOrSpacingAreEqual() {
    TalkSchema spaced = new TalkSchema(Map.of("date", List.of(" When ")));
    TalkSchema plain = new TalkSchema(Map.of("date", List.of("when")));

    assertThat(spaced)
        .isEqualTo(plain)
        .hasSameHashCodeAs(plain)
        .isNotEqualTo(TalkSchema.defaults());
    assertThat(spaced.keys()).containsExactly(Map.entry("date", List.of("when")));
    assertThat(spaced).hasToString("TalkSchema{date=[when]}");
  }
}
