package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where TOML front matter nests too deep for a parser, so lint can point at it. */
class NestingDepthTest {
  private static Optional<String> at(String toml, int limit) {
    return NestingDepth.tooDeep(toml, limit).map(a -> a[0] + ":" + a[1]);
  }

  @Test
  void givenNestingWithinTheLimit_whenChecked_thenNothingIsTooDeep() {
    assertThat(at("a = [[1], {b = [2]}]\nc = [[[3]]]", 3)).isEmpty();
  }

  @Test
  void givenArraysAndTablesDeeperThanTheLimit_whenChecked_thenTheFirstBracketTooDeepIsNamed() {
    assertThat(at("x = 1\ny = [[{z = [1]}]]", 3)).hasValue("2:12");
    assertThat(at("[[[[", 3)).hasValue("1:4");
  }

  @Test
  void givenBracketsInStringsAndComments_whenChecked_thenTheyDoNotCount() {
    String toml = "a = \"[[[[\\\"[[\"\nb = '[[[[' # [[[[\n# {{{{\nc = [[1]] # ]]]]\nd = [[[[1]]]]";

    assertThat(at(toml, 3)).hasValue("5:8");
  }

  @Test
  void givenMoreClosingThanOpeningBrackets_whenChecked_thenDepthNeverGoesBelowZero() {
    assertThat(at("]]]] = 1\n[[[", 3)).isEmpty();
    assertThat(at("}}\n[[[[", 3)).hasValue("2:4");
  }
}
