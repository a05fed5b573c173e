package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import webinarbot.testing.FixedSeed;

/** Content can never turn into a ping, whatever it contains. */
class SlackTextTest {

  @Test
  void givenSlacksControlCharacters_whenEscaped_thenTheyBecomeEntities() {
    assertThat(SlackText.escape("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
  }

  @Test
  void givenMentionMarkup_whenEscaped_thenItIsInert() {
    assertThat(SlackText.escape("<!channel> <!here> <!everyone> <@U123> <!subteam^S1>"))
        .isEqualTo(
            "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;!subteam^S1&gt;");
  }

  @Test
  void givenAlreadyEscapedMarkup_whenEscaped_thenItStaysVisibleText() {
    assertThat(SlackText.escape("&lt;!here&gt;")).isEqualTo("&amp;lt;!here&amp;gt;");
  }

  @Test
  void givenBroadcastWords_whenEscaped_thenAWordJoinerBreaksThem() {
    assertThat(SlackText.escape("Hi @everyone, @here and @Channel!"))
        .isEqualTo("Hi @\u2060everyone, @\u2060here and @\u2060Channel!");
    assertThat(SlackText.escape("mail me@heretic.org or @everyones"))
        .isEqualTo("mail me@heretic.org or @everyones");
  }

  @Test
  void givenALinkWithAQueryAndAnOddLabel_whenLinked_thenNeitherCanCloseTheBrackets() {
    String link = SlackText.link(URI.create("https://x.org/a?b=1&c=%3E"), "label | <b>");

    assertThat(link).isEqualTo("<https://x.org/a?b=1&amp;c=%3E|label ¦ &lt;b&gt;>");
  }

  @Test
  void givenANonWebUrl_whenLinked_thenOnlyTheLabelRemains() {
    assertThat(SlackText.link(URI.create("javascript:alert(1)"), "click")).isEqualTo("click");
    assertThat(SlackText.link(URI.create("mailto:a@b.org"), "mail")).isEqualTo("mail");
  }

  @Property(seed = FixedSeed.SEED)
  void anyContent_whenEscaped_hasNoAngleBracketsAndNoBroadcastWords(@ForAll String content) {
    String escaped = SlackText.escape(content);

    assertThat(escaped).doesNotContain("<").doesNotContain(">");
    assertThat(escaped.toLowerCase(java.util.Locale.ROOT))
        .doesNotContainPattern("@(everyone|here|channel)\\b");
  }

  @Property(seed = FixedSeed.SEED)
  void anyMarkdown_whenRenderedToMrkdwn_cannotMentionAnyone(@ForAll String markdown) {
    String mrkdwn = MrkdwnRenderer.render(markdown);
    String json = new SlackMessage("t", java.util.List.of(BlockKit.section(mrkdwn))).toJson();

    SlackPayloads.assertMentionFree(json);
  }
}
