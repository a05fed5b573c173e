package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where lint points for a TOML escape tomlj would reject without saying where. */
class UnicodeEscapesTest {
  /** TOML text, and the line and column of its first malformed escape (none: 0, 0). */
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("a = \"\\u00e9\"", 0, 0),
        Arguments.of("a = \"\\U0001F600\"", 0, 0),
        Arguments.of("a = \"\\u00g9\"", 1, 6),
        Arguments.of("a = \"\\u00E\"", 1, 6),
        Arguments.of("x = 1\nb = \"\\U0001F60\"", 2, 6),
        Arguments.of("a = \"\\\\u00zz\"", 0, 0),
        Arguments.of("a = \"\\n\\u12zz\"", 1, 8),
        Arguments.of("a = \"x\\", 0, 0),
        Arguments.of("end \\u12", 1, 5),
        Arguments.of("line\n\n  \\uFFFF \\U", 3, 10));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void givenTomlText_whenScanned_thenTheFirstMalformedEscapeIsFoundByLineAndColumn(
      String text, int line, int column) {
    assertThat(UnicodeEscapes.firstMalformed(text).map(at -> at[0] + ":" + at[1]))
        .isEqualTo(
            line == 0 ? java.util.Optional.empty() : java.util.Optional.of(line + ":" + column));
  }
}
