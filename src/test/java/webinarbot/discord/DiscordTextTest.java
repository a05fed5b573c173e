package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webinarbot.testing.FixedSeed;

class DiscordTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "@everyone",
        "@here",
        "@Everyone",
        "@HERE",
        "<@123456789012345678>",
        "<@!123456789012345678>",
        "<@&123456789012345678>",
        "<#123456789012345678>",
        "</webinars list:1600000000000000001>"
      })
  void a_mention_in_page_text_is_broken_so_it_shows_as_plain_text(String mention) {
    String shown = DiscordText.neutralise("hello " + mention + " there");

    assertThat(shown.replace("\u200B", "")).isEqualTo("hello " + mention + " there");
    assertThat(shown).doesNotContain(mention);
  }

  @Test
  void ordinary_text_is_left_as_it_is() {
    assertThat(DiscordText.neutralise("VPP <3 & 10 < 20, mail me at vpp@fd.io"))
        .isEqualTo("VPP <3 & 10 < 20, mail me at vpp@fd.io");
  }

  @Test
  void plain_text_has_its_markdown_escaped() {
    assertThat(DiscordText.plain("**bold** _it_ `code` ~~x~~ ||spoiler|| [a](b)"))
        .isEqualTo(
            "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\| \\[a\\](b)");
    assertThat(DiscordText.plain("# not a heading\n> not a quote\n- not a list\n1. nor this"))
        .isEqualTo("\\# not a heading\n\\> not a quote\n\\- not a list\n\\1. nor this");
  }

  @Test
  void short_text_is_not_truncated() {
    assertThat(DiscordText.truncate("VPP in your home lab", 20)).isEqualTo("VPP in your home lab");
  }

  @Test
  void long_text_is_cut_at_a_word_and_ends_with_an_ellipsis() {
    assertThat(DiscordText.truncate("VPP in your home lab, right now", 20))
        .isEqualTo("VPP in your home…");
  }

  @Test
  void truncation_never_splits_an_emoji_or_leaves_a_dangling_escape() {
    assertThat(DiscordText.truncate("abcdefghi😀xyz", 11)).isEqualTo("abcdefghi…");
    assertThat(DiscordText.truncate("abcdefgh\\*rest", 10)).isEqualTo("abcdefgh…");
  }

  @Property(tries = 300, seed = FixedSeed.SEED)
  void truncated_text_always_fits(
      @ForAll String text, @ForAll @IntRange(min = 1, max = 300) int max) {
    String cut = DiscordText.truncate(text, max);

    assertThat(cut.length()).isLessThanOrEqualTo(max);
    if (text.length() > max) {
      assertThat(cut).endsWith(DiscordText.ELLIPSIS);
    }
  }

  @Property(tries = 300, seed = FixedSeed.SEED)
  void no_text_survives_neutralising_as_a_ping(@ForAll("hostile") String text) {
    String shown = DiscordText.neutralise(text);

    assertThat(shown).doesNotContainPattern("(?i)@(everyone|here)").doesNotContain("<@", "<#");
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> hostile() {
    return net.jqwik.api.Arbitraries.of(
            "@everyone", "@here", "<@1>", "<@&2>", "<#3>", "@", "<", "x", " ", "@@", "<<")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
