package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shortcode tags in page bodies, as Hugo reads them, and what lint says of broken ones. */
class ShortcodeScannerTest {
  private final Problems problems = new Problems("page.md");

  private List<Shortcode> scan(String body) {
    return ShortcodeScanner.scan(body, 10, problems);
  }

  private List<String> warnings() {
    return problems.all().stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.message())
        .toList();
  }

  @Test
  void givenTagsOfBothKinds_whenScanned_thenNamesArgumentsAndPositionsAreRead() {
    List<Shortcode> tags =
        scan(
            "Intro {{ .Title }} text\n"
                + "{{< YouTube id=\"abc\"  Title = 'A b c' >}}\n"
                + "  {{% notice  info “Heads up” `raw >}} text` %}}body{{% /notice %}}\n"
                + "{{<figure src=x.png/>}}");

    assertThat(tags)
        .extracting(Shortcode::name, Shortcode::closing, Shortcode::line, Shortcode::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("youtube", false, 11, 1),
            org.assertj.core.groups.Tuple.tuple("notice", false, 12, 3),
            org.assertj.core.groups.Tuple.tuple("notice", true, 12, 53),
            org.assertj.core.groups.Tuple.tuple("figure", false, 13, 1));
    assertThat(tags.get(0).named()).isEqualTo(Map.of("id", "abc", "title", "A b c"));
    assertThat(tags.get(1).positional()).containsExactly("info", "Heads up", "raw >}} text");
    assertThat(tags.get(3).named()).containsExactly(Map.entry("src", "x.png"));
    assertThat(tags.get(0).arg("id")).hasValue("abc");
    assertThat(tags.get(0).arg("missing")).isEmpty();
    assertThat(warnings()).isEmpty();
  }

  @Test
  void givenADoubleQuotedArgumentWithEscapedQuotes_whenScanned_thenTheQuotesAreKept() {
    Shortcode tag = scan("{{< quote text=\"say \\\"hi\\\" >}} now\" >}}").get(0);

    assertThat(tag.named()).containsExactly(Map.entry("text", "say \"hi\" >}} now"));
    assertThat(tag.end()).isEqualTo(39);
  }

  @Test
  void givenAnUnclosedTag_whenScanned_thenItIsLeftAsTextWithAWarningAndTheNextTagIsRead() {
    List<Shortcode> tags = scan("a\n  {{< broken id=1\n{{< ok >}}");

    assertThat(tags).extracting(Shortcode::name).containsExactly("ok");
    assertThat(warnings())
        .containsExactly(
            "11:3 \"{{<\" starts a shortcode that is never closed with <}}; left as text");
  }

  @Test
  void givenATagWithoutAName_whenScanned_thenItIsLeftAsTextWithAWarning() {
    assertThat(scan("x {{<   >}} y {{% / %}}")).isEmpty();

    assertThat(warnings())
        .containsExactly(
            "10:3 shortcode without a name; left as text",
            "10:15 shortcode without a name; left as text");
  }

  @Test
  void givenAnArgumentWhoseQuoteNeverCloses_whenScanned_thenLintNamesWhereItStopped() {
    Shortcode tag = scan("{{< video src='a.mp4 >}}").get(0);

    assertThat(tag.named()).isEmpty();
    assertThat(warnings())
        .containsExactly("10:1 cannot read shortcode arguments near \"src='a.mp4\"");
  }

  @Test
  void givenBracesThatAreNoShortcode_whenScanned_thenNothingIsFound() {
    assertThat(scan("{{ if }} {{- x -}} {{")).isEmpty();
    assertThat(warnings()).isEmpty();
  }
}
