package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;

/**
 * A page body as the bot posts it: the description without shortcodes and "Speakers" headings, the
 * speakers from {@code speaker} shortcodes, the buttons from {@code btn}, and a warning or error
 * for every tag it cannot use.
 */
class BodyReaderTest {
  private static final URI PAGE = URI.create("https://fd.io/news/webinars/talk/");
  private final Problems problems = new Problems("talk.md");
  private final BodyReader reader = new BodyReader(new UrlResolver(URI.create("https://fd.io/")));

  private BodyContent read(String body) {
    return reader.read(body, 5, PAGE, problems);
  }

  private List<String> problems() {
    return ProblemLines.of(problems);
  }

  @Test
  void givenABodyWithSpeakersAndButtons_whenRead_thenEachIsTakenOutOfTheDescription() {
    BodyContent c =
        read(
            "Fast packets.\n\n\n\n## Speakers:\n"
                + "{{< speaker name=\"Ada Lovelace, Engineer\" img=\"/img/ada.png\" github=\"ada\" >}}\n"
                + "Ada writes *code*.\n\n\n\nA lot.\n"
                + "{{< /speaker >}}\n"
                + "{{< btn link=\"/register/\" txt=\"Register\" >}}\n"
                + "{{< btn url=\"https://example.org/slides.pdf\" >}}\n"
                + "The end.");

    assertThat(c.description()).isEqualTo("Fast packets.\n\nThe end.");
    assertThat(c.speakers())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("Ada Lovelace");
              assertThat(s.role()).hasValue("Engineer");
              assertThat(s.bio()).isEqualTo("Ada writes *code*.\n\nA lot.");
              assertThat(s.image()).hasValue(URI.create("https://fd.io/img/ada.png"));
              assertThat(s.github()).hasValue("ada");
              assertThat(s.twitter()).isEmpty();
            });
    assertThat(c.buttons())
        .extracting(Button::label, Button::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Register", URI.create("https://fd.io/register/")),
            org.assertj.core.groups.Tuple.tuple(
                "Link", URI.create("https://example.org/slides.pdf")));
    assertThat(problems())
        .containsExactly("WARNING 18:1 btn: btn shortcode has no txt=\"…\"; labelled \"Link\"");
  }

  @Test
  void givenTagsTheBotCannotUse_whenRead_thenEachIsNamedAndLeftOut() {
    BodyContent c =
        read(
            "Intro {{< youtube abc >}}\n"
                + "{{< /btn >}}\n"
                + "{{< btn txt=\"No link\" >}}\n"
                + "{{< speaker >}}bio{{< /speaker >}}\n"
                + "{{< speaker name=\"A\" >}}x {{< tweet 1 >}} y{{< /speaker >}}\n"
                + "Outro");

    assertThat(c.description()).isEqualTo("Intro \n\nOutro");
    assertThat(c.buttons()).isEmpty();
    assertThat(c.speakers()).extracting(Speaker::name).containsExactly("A");
    assertThat(problems())
        .containsExactly(
            "WARNING 5:7 youtube: shortcode youtube is not supported by the bot and is left out of posts",
            "WARNING 6:1 btn: closing {{< /btn >}} without an opening one; ignored",
            "ERROR 7:1 btn: btn shortcode has no link=\"…\"; dropped",
            "WARNING 8:1 speaker: speaker shortcode has no name=\"…\"; left out",
            "WARNING 9:27 tweet: shortcode tweet inside a speaker bio is not supported and is left out");
  }

  @Test
  void givenASpeakerLeftOpen_whenRead_thenTheErrorNamesItsLineAndTheNextOne() {
    read("{{< speaker name=\"A\" >}}\nbio\n{{< speaker name=\"B\" >}}\nbio");

    assertThat(problems())
        .containsExactly(
            "ERROR 5:1 speaker: speaker shortcode is not closed with {{< /speaker >}} before the next one on line 7",
            "ERROR 7:1 speaker: speaker shortcode is never closed with {{< /speaker >}}");
  }

  @Test
  void givenSpeakersHeadingsOfEveryForm_whenTidied_thenOnlyTheyAndExtraBlankLinesGo() {
    assertThat(BodyReader.tidy("# Speakers\nA\n  ### speaker: ##\n\n\nB\n#Speakers list\n# C"))
        .isEqualTo("A\n\nB\n#Speakers list\n# C");
    assertThat(BodyReader.tidy("\n\n  \n")).isEmpty();
  }
}
