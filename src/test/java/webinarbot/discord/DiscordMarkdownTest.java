package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Page markdown as Discord shows it. */
class DiscordMarkdownTest {
  private static final URI PAGE = URI.create("https://fd.io/news/webinars/vpp_in_home_lab/");

  private static String render(String markdown) {
    return DiscordMarkdown.render(markdown, PAGE);
  }

  @Test
  void emphasis_code_and_paragraphs_are_kept() {
    assertThat(render("Some **bold**, *italic* and `code`.\nSame paragraph.\n\nNext one."))
        .isEqualTo("Some **bold**, *italic* and `code`. Same paragraph.\n\nNext one.");
  }

  @Test
  void headings_become_bold_lines() {
    assertThat(render("### Agenda\n\nTalks")).isEqualTo("**Agenda**\n\nTalks");
  }

  @Test
  void links_resolve_against_the_page_and_only_web_links_survive() {
    assertThat(
            render("[docs](/docs/), [here](../x), [js](javascript:alert(1)), [mail](mailto:a@b)"))
        .isEqualTo(
            "[docs (fd.io)](https://fd.io/docs/), [here (fd.io)](https://fd.io/news/webinars/x),"
                + " js, mail");
  }

  @Test
  void a_masked_link_shows_the_host_it_really_goes_to() {
    assertThat(render("[masked](https://evil.example/login)"))
        .isEqualTo("[masked (evil.example)](https://evil.example/login)");
    assertThat(render("[https://fd.io/register](https://evil.example/)"))
        .isEqualTo("[https://fd.io/register (evil.example)](https://evil.example/)");
    assertThat(render("[fd.io](https://FD.io@Evil.Example/x)"))
        .isEqualTo("[fd.io (evil.example)](https://FD.io@Evil.Example/x)");
  }

  @Test
  void a_link_whose_text_is_its_host_or_url_gets_nothing_added() {
    assertThat(render("[www.fd.io](https://fd.io/) and [**fd.io/docs**](https://fd.io/docs/)"))
        .isEqualTo("[www.fd.io](https://fd.io/) and [**fd.io/docs**](https://fd.io/docs/)");
  }

  @Test
  void a_masked_link_with_a_mention_in_its_text_stays_inert() {
    assertThat(render("[@everyone <@&123>](https://evil.example/)"))
        .isEqualTo("[@\u200Beveryone <\u200B@&123> (evil.example)](https://evil.example/)");
  }

  @Test
  void bare_links_stay_bare() {
    assertThat(render("<https://fd.io/>")).isEqualTo("https://fd.io/");
  }

  @Test
  void images_become_links_since_discord_shows_none_inline() {
    assertThat(render("![VPP logo](/img/vpp.png)"))
        .isEqualTo("[VPP logo (fd.io)](https://fd.io/img/vpp.png)");
  }

  @Test
  void raw_html_is_dropped() {
    assertThat(
            render(
                "Before <span style='x'>inside</span> after\n\n<div>\n<iframe src=x></iframe>\n</div>"))
        .isEqualTo("Before inside after");
  }

  @Test
  void lists_and_quotes_keep_their_shape() {
    assertThat(render("- one\n- two\n\n3. three\n4. four\n\n> quoted"))
        .isEqualTo("- one\n- two\n\n3. three\n4. four\n\n> quoted");
  }

  @Test
  void a_code_block_cannot_be_closed_early_by_its_content() {
    assertThat(render("```sh\nvppctl show ``` int\n```"))
        .isEqualTo("```sh\nvppctl show `\u200B`` int\n```");
  }

  @Test
  void text_that_would_read_as_markdown_is_escaped() {
    assertThat(render("Price: 5 \\* 3 and snake\\_case"))
        .isEqualTo("Price: 5 \\* 3 and snake\\_case");
  }
}
