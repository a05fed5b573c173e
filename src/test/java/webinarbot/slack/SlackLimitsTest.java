package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Cutting text to Slack's limits never leaves half a token behind. */
class SlackLimitsTest {
  private static final URI PAGE = URI.create("https://fd.io/p/");

  @Test
  void givenTextWithinTheLimit_whenFitted_thenUnchanged() {
    assertThat(SlackLimits.fit("short", 10)).isEqualTo("short");
  }

  @Test
  void givenACutInsideALink_whenFitted_thenTheWholeLinkIsDropped() {
    String text = "see <https://fd.io/long/path|the page> now";

    assertThat(SlackLimits.fit(text, 20)).isEqualTo("see…");
  }

  @Test
  void givenACutInsideAnEntity_whenFitted_thenTheWholeEntityIsDropped() {
    assertThat(SlackLimits.fit("fish &amp; chips", 9)).isEqualTo("fish…");
  }

  @Test
  void givenACutInsideACodeBlock_whenFittedWithAPage_thenTheBlockIsClosedBeforeTheLink() {
    String text = "```\n" + "x".repeat(200) + "\n```";

    String fitted = SlackLimits.fit(text, 120, PAGE);

    assertThat(fitted)
        .hasSizeLessThanOrEqualTo(120)
        .endsWith("```… <https://fd.io/p/|read more on the webinar page>");
  }

  @Test
  void givenASurrogatePairAtTheCut_whenFitted_thenItIsNotSplit() {
    assertThat(SlackLimits.fit("ab😀cd", 4)).isEqualTo("ab…");
  }
}
