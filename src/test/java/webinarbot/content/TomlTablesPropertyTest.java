package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import webinarbot.testing.FixedSeed;
import webinarbot.testing.RealSites;

/** The site configuration fast path gives exactly what tomlj gives, or steps aside. */
class TomlTablesPropertyTest {

  private static Optional<Map<String, Object>> tomlj(String text) {
    TomlParseResult r = Toml.parse(text);
    if (!r.errors().isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) plain(r);
    return Optional.of(m);
  }

  private static Object plain(Object v) {
    if (v instanceof TomlTable t) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : t.keySet()) {
        out.put(k, plain(t.get(List.of(k))));
      }
      return out;
    }
    if (v instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plain(a.get(i)));
      }
      return out;
    }
    return v;
  }

  @Property(tries = 1500, seed = FixedSeed.SEED)
  void whateverTheFastPathAcceptsTomljReadsTheSame(@ForAll("configs") String text) {
    Optional<Map<String, Object>> fast = TomlTables.read(text);
    Statistics.collect(fast.isPresent() ? "fast path" : "tomlj");
    if (fast.isPresent()) {
      Optional<Map<String, Object>> reference = tomlj(text);
      assertThat(reference).as("tomlj rejects what the fast path accepted:\n%s", text).isPresent();
      assertThat(fast.get()).as(text).isEqualTo(reference.get());
    }
    Statistics.coverage(
        c -> {
          c.check("fast path").percentage(p -> p > 15);
          c.check("tomlj").percentage(p -> p > 15);
        });
  }

  @Example
  void theRealSitesConfigsReadTheSame() throws Exception {
    for (String f :
        List.of(
            "fdio/config.toml",
            "devopsdays/config.toml",
            "roweb3/config.toml",
            "iot.eclipse.org/config.toml")) {
      String text = Files.readString(RealSites.folder(f));
      Optional<Map<String, Object>> fast = TomlTables.read(text);
      if (fast.isPresent()) {
        assertThat(fast.get()).as(f).isEqualTo(tomlj(text).orElseThrow());
      }
    }
    assertThat(TomlTables.read(Files.readString(RealSites.folder("fdio/config.toml")))).isPresent();
  }

  @Provide
  Arbitrary<String> configs() {
    Arbitrary<String> name =
        Arbitraries.of("menu", "params", "server", "a", "b", "x-y", "lang_1", "");
    Arbitrary<String> header =
        Arbitraries.oneOf(
            name.list().ofMinSize(1).ofMaxSize(3).map(l -> "[" + String.join(".", l) + "]"),
            name.list().ofMinSize(1).ofMaxSize(3).map(l -> "[[" + String.join(".", l) + "]]"),
            Arbitraries.of("[ a ]", "[\"q\"]", "[a] # c", "[[a]] x", "[a.b"));
    Arbitrary<String> key =
        Arbitraries.of("title", "weight", "url", "name", "a", "b", "for", "x.y");
    Arbitrary<String> value =
        Arbitraries.of(
            "\"s\"",
            "'/p'",
            "1",
            "-150",
            "true",
            "[\"a\", 'b']",
            "2021-01-01",
            "1.5",
            "{a = 1}",
            "\"\"\"m\"\"\"");
    Arbitrary<String> kv = Combinators.combine(key, value).as((k, v) -> k + " = " + v);
    Arbitrary<String> line = Arbitraries.oneOf(header, kv, kv, Arbitraries.of("", "# c", "  "));
    return line.list().ofMaxSize(12).map(l -> String.join("\n", l) + "\n");
  }
}
