package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.FixedSeed;

/** The flat TOML fast path gives exactly what tomlj gives, or steps aside. */
class FlatTomlPropertyTest {

  @Property(tries = 2000, seed = FixedSeed.SEED)
  void whateverTheFastPathAcceptsTomljReadsTheSame(@ForAll("frontMatter") String text) {
    Optional<List<Field>> fast = FlatToml.read(text);
    Optional<List<Field>> reference = TomlFrontMatter.withTomlj(text, new Problems("x.md"), 0);

    Statistics.collect(fast.isPresent() ? "fast path" : "tomlj");
    if (fast.isPresent()) {
      assertThat(reference).as("tomlj rejects what the fast path accepted:\n%s", text).isPresent();
      assertThat(fast.get()).as(text).containsExactlyElementsOf(reference.get());
    }
  }

  @Property(tries = 2000, seed = FixedSeed.SEED)
  void theGeneratorExercisesBothPaths(@ForAll("frontMatter") String text) {
    Statistics.collect(FlatToml.read(text).isPresent() ? "fast path" : "tomlj");
    Statistics.coverage(
        c -> {
          c.check("fast path").percentage(p -> p > 20);
          c.check("tomlj").percentage(p -> p > 20);
        });
  }

  @Test
  void theFastPathReadsEveryFdioPage() throws IOException {
    try (Stream<Path> files = Files.list(FdioCorpus.folder())) {
      for (Path p : files.toList()) {
        String text = Files.readString(p);
        String frontMatter = text.substring(4, text.indexOf("\n+++", 3) + 1);

        assertThat(FlatToml.read(frontMatter)).as(p.toString()).isPresent();
        assertThat(FlatToml.read(frontMatter).get())
            .containsExactlyElementsOf(
                TomlFrontMatter.withTomlj(frontMatter, new Problems("x"), 0).get());
      }
    }
  }

  @Provide
  Arbitrary<String> frontMatter() {
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(
                "title", "date", "time_slot", "type", "pdfurl", "tags", "draft", "a-b", "X_1"),
            Arbitraries.strings().withChars("abc_-=. \"'").ofMinLength(0).ofMaxLength(5));
    Arbitrary<String> stringChars =
        Arbitraries.strings()
            .withChars("ab #'=[],\\\"\t\u00e9\u2019")
            .withCharRange('\u0000', '\u0003')
            .ofMaxLength(8);
    Arbitrary<String> value =
        Arbitraries.oneOf(
            stringChars.map(s -> "\"" + s + "\""),
            stringChars.map(s -> "'" + s + "'"),
            Arbitraries.of("true", "false", "tru", "0", "007", "42", "-1", "1_000", "3.5", "1e3"),
            Arbitraries.of(
                "2021-10-15", "2021-13-45", "2021-10-15T10:00:00Z", "2021-10-1", "20211015"),
            stringChars
                .list()
                .ofMaxSize(3)
                .map(
                    l ->
                        "["
                            + String.join(", ", l.stream().map(s -> "\"" + s + "\"").toList())
                            + "]"),
            Arbitraries.of(
                "[]", "[ 'a' , \"b\" ]", "[1, 2]", "[\"a\",]", "{ a = 1 }", "\"\"\"x\"\"\""));
    Arbitrary<String> spacing = Arbitraries.of("", " ", "  ", "\t");
    Arbitrary<String> trailing = Arbitraries.of("", " ", " # comment", "#c", " x");
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Combinators.combine(spacing, key, spacing, spacing, value, trailing)
                .as((s1, k, s2, s3, v, t) -> s1 + k + s2 + "=" + s3 + v + t),
            Arbitraries.of("", "# a comment", "   ", "[section]", "a.b = 1"));
    return line.list().ofMinSize(0).ofMaxSize(6).map(l -> String.join("\n", l) + "\n");
  }
}
