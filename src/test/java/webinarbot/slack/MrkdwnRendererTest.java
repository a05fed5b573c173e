package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page markdown reads naturally in Slack. */
class MrkdwnRendererTest {

  @Test
  void givenEmphasis_whenRendered_thenSlackMarksAreUsed() {
    assertThat(MrkdwnRenderer.render("**bold**, *italic*, `code`"))
        .isEqualTo("*bold*, _italic_, `code`");
  }

  @Test
  void givenLinks_whenRendered_thenTheyBecomeSlackLinks() {
    assertThat(MrkdwnRenderer.render("See [the docs](https://fd.io/docs/) or <https://fd.io/>."))
        .isEqualTo(
            "See <https://fd.io/docs/|the docs (fd.io)> or <https://fd.io/|https://fd.io/>.");
  }

  @Test
  void givenAMaskedLink_whenRendered_thenItsTextShowsTheRealHost() {
    assertThat(MrkdwnRenderer.render("[masked](https://evil.example/login)"))
        .isEqualTo("<https://evil.example/login|masked (evil.example)>");
    assertThat(MrkdwnRenderer.render("[https://fd.io/register](https://evil.example/)"))
        .isEqualTo("<https://evil.example/|https://fd.io/register (evil.example)>");
    assertThat(MrkdwnRenderer.render("[fd.io](https://FD.io@Evil.Example/x)"))
        .isEqualTo("<https://FD.io@Evil.Example/x|fd.io (evil.example)>");
    assertThat(MrkdwnRenderer.render("![logo](https://cdn.evil.example/l.png)"))
        .isEqualTo("<https://cdn.evil.example/l.png|logo (cdn.evil.example)>");
  }

  @Test
  void givenALinkWhoseTextIsItsHostOrUrl_whenRendered_thenNothingIsAdded() {
    assertThat(
            MrkdwnRenderer.render(
                "[www.fd.io](https://fd.io/) [https://fd.io/docs](https://fd.io/docs/)"))
        .isEqualTo("<https://fd.io/|www.fd.io> <https://fd.io/docs/|https://fd.io/docs>");
  }

  @Test
  void givenAMaskedLinkWithAMentionInItsText_whenRendered_thenTheMentionStaysEscaped() {
    assertThat(MrkdwnRenderer.render("[<!channel> @here](https://evil.example/)"))
        .isEqualTo("<https://evil.example/|&lt;!channel&gt; @\u2060here (evil.example)>");
  }

  @Test
  void givenARelativeOrOddLink_whenRendered_thenOnlyItsWordsRemain() {
    assertThat(MrkdwnRenderer.render("[local](/news/) and [js](javascript:alert(1))"))
        .isEqualTo("local and js");
  }

  @Test
  void givenParagraphsAndHeadings_whenRendered_thenBlankLinesSeparateThem() {
    assertThat(MrkdwnRenderer.render("## Agenda\n\nFirst line\ncontinued.\n\nSecond."))
        .isEqualTo("*Agenda*\n\nFirst line continued.\n\nSecond.");
  }

  @Test
  void givenLists_whenRendered_thenBulletsAndNumbersAreKept() {
    assertThat(MrkdwnRenderer.render("- one\n- two\n  - nested\n\n3. three\n4. four"))
        .isEqualTo("• one\n• two\n    • nested\n\n3. three\n4. four");
  }

  @Test
  void givenAQuoteAndCode_whenRendered_thenSlackQuoteAndCodeBlockAreUsed() {
    assertThat(MrkdwnRenderer.render("> wise words\n\n```\nvppctl show int\n```"))
        .isEqualTo("> wise words\n\n```\nvppctl show int\n```");
  }

  @Test
  void givenRawHtml_whenRendered_thenItShowsAsEscapedText() {
    assertThat(MrkdwnRenderer.render("Line<br/>break <!channel>"))
        .isEqualTo("Line&lt;br/&gt;break &lt;!channel&gt;");
  }
}
