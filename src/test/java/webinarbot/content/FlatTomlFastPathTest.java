package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which front matter the fast path reads itself (the lint of 10,000 pages depends on it being most
 * of them) and which it leaves to tomlj. The property test holds both to the same result; this one
 * tells them apart, so a fast path that silently gave up on everything would fail here.
 */
class FlatTomlFastPathTest {

  static Stream<Arguments> flatLines() {
    return Stream.of(
        Arguments.of("title = \"VPP in a home lab\"", "VPP in a home lab"),
        Arguments.of("title=\"no spaces\"", "no spaces"),
        Arguments.of("\ttitle\t=\t\"tabs\"\t", "tabs"),
        Arguments.of("title = \"\"", ""),
        Arguments.of(
            "title = \"caf\u00e9 \u2019quoted\u2019 #not a comment\"",
            "caf\u00e9 \u2019quoted\u2019 #not a comment"),
        Arguments.of(
            "title = \"say \\\"hi\\\"\\n\\tback\\\\slash\\r\\b\\f\"",
            "say \"hi\"\n\tback\\slash\r\b\f"),
        Arguments.of("title = 'C:\\path\\to'", "C:\\path\\to"),
        Arguments.of("title = \"x\" # a comment", "x"),
        Arguments.of("title = \"x\"#c", "x"),
        Arguments.of("draft = true", true),
        Arguments.of("draft = false  ", false),
        Arguments.of("weight = 42", 42L),
        Arguments.of("weight = 0", 0L),
        Arguments.of("weight = 7 # seven", 7L),
        Arguments.of("weight = 123456789012345678", 123456789012345678L),
        Arguments.of("date = 2021-10-15", LocalDate.of(2021, 10, 15)),
        Arguments.of("date = 2021-10-15 # Friday", LocalDate.of(2021, 10, 15)),
        Arguments.of("tags = []", List.of()),
        Arguments.of("tags = [ \"vpp\" , 'k8s' ]", List.of("vpp", "k8s")),
        Arguments.of("tags = [\"a\",\"b\",]", List.of("a", "b")),
        Arguments.of("time-slot_2 = \"10:00\"", "10:00"));
  }

  @ParameterizedTest
  @MethodSource("flatLines")
  void givenAFlatLine_whenRead_thenTheFastPathGivesItsValueAsTomljWould(String line, Object value) {
    String text = "# front matter\n\n" + line + "\n";

    Optional<List<Field>> fast = FlatToml.read(text);

    assertThat(fast).as(line).isPresent();
    Field f = fast.get().get(0);
    assertThat(f.value()).as(line).isEqualTo(value);
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.column()).isEqualTo(line.indexOf(line.strip().charAt(0)) + 1);
    assertThat(fast.get())
        .containsExactlyElementsOf(
            TomlFrontMatter.withTomlj(text, new Problems("x.md"), 0).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title = \"\"\"multi\"\"\"",
        "title = '''multi'''",
        "title = \"unclosed",
        "title = 'unclosed",
        "title = \"bad \\q escape\"",
        "title = \"trailing backslash\\",
        "title = \"x\" y",
        "title = \"x\" # bell \u0007",
        "title = \"tab\u0001\"",
        "title = 'del\u007f'",
        "title",
        "= \"no key\"",
        "a.b = 1",
        "\"quoted key\" = 1",
        "[section]",
        "[[array]]",
        "point = { x = 1 }",
        "ratio = 3.5",
        "big = 1_000",
        "octal = 007",
        "far = 1234567890123456789",
        "neg = -1",
        "date = 2021-10-15T10:00:00Z",
        "date = 2021-13-45",
        "date = 2021-10-1",
        "weight = 42x",
        "nums = [1, 2]",
        "tags = [\"a\" \"b\"]",
        "tags = [\"a\"",
        "tags = [",
        "flag = tru",
        "empty =",
      })
  void givenSomethingBeyondFlatToml_whenRead_thenTheFastPathLeavesItToTomlj(String line) {
    assertThat(FlatToml.read("title0 = \"ok\"\n" + line + "\n")).as(line).isEmpty();
  }

  @Test
  void givenAKeyTwice_whenRead_thenTheFastPathLeavesTheErrorToTomlj() {
    assertThat(FlatToml.read("title = \"a\"\ntitle = \"b\"\n")).isEmpty();
  }

  @Test
  void givenSeveralLinesAndNoFinalNewline_whenRead_thenEveryFieldHasItsLineAndColumn() {
    Optional<List<Field>> fast =
        FlatToml.read("title = \"T\"\n  # indented comment\n\n  date = 2026-12-03\ndraft = true");

    assertThat(fast)
        .contains(
            List.of(
                new Field("title", "T", 1, 1),
                new Field("date", LocalDate.of(2026, 12, 3), 4, 3),
                new Field("draft", true, 5, 1)));
  }

  @Test
  void givenOnlyCommentsAndBlankLines_whenRead_thenThereAreNoFields() {
    assertThat(FlatToml.read("")).contains(List.of());
    assertThat(FlatToml.read("# one\n   \n\t# two\n")).contains(List.of());
  }
}
