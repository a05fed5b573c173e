package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.HugoBinary;

/**
 * A site's configuration merged as {@code hugo} merges it: the root file over {@code
 * config/production/} over {@code config/_default/}, a file per key, keys in any case.
 */
class HugoConfigTest {
  @TempDir Path site;
  private final List<Diagnostic> problems = new ArrayList<>();

  private HugoConfig read() {
    return HugoConfig.read(site, problems);
  }

  private List<String> problems() {
    return problems.stream()
        .map(
            d ->
                site.relativize(Path.of(d.file()))
                    + ":"
                    + d.line()
                    + ":"
                    + d.column()
                    + " "
                    + d.message())
        .toList();
  }

  @Test
  void
      givenTheRootFileAndAConfigFolder_whenRead_thenTheRootWinsAndProductionOverridesTheDefaults() {
    HugoBinary.write(
        site.resolve("hugo.toml"),
        "baseURL = \"https://root.example/\"\n[Params]\nRootOnly = true\nShared = \"root\"\n");
    HugoBinary.write(
        site.resolve("config/_default/hugo.yaml"),
        "baseURL: https://default.example/\ntitle: Default\nparams:\n  shared: default\n  fromDefault: 1\n");
    HugoBinary.write(
        site.resolve("config/_default/permalinks.toml"), "events = \"/:section/:slug/\"\n");
    HugoBinary.write(site.resolve("config/_default/menus.en.toml"), "[[main]]\nname = \"Home\"\n");
    HugoBinary.write(site.resolve("config/_default/notes.txt"), "not configuration");
    HugoBinary.write(
        site.resolve("config/production/hugo.json"),
        "{\"title\": \"Production\", \"params\": {\"fromDefault\": 2}}");
    HugoBinary.write(site.resolve("config/production/permalinks.yml"), "talks: /t/:slug/\n");

    HugoConfig c = read();

    assertThat(c.string("baseurl")).hasValue("https://root.example/");
    assertThat(c.string("title")).hasValue("Production");
    assertThat(c.bool("params.rootOnly")).isTrue();
    assertThat(c.string("PARAMS.shared")).hasValue("root");
    assertThat(c.get("params.fromdefault")).hasValue(2);
    assertThat(c.map("permalinks"))
        .isEqualTo(Map.of("events", "/:section/:slug/", "talks", "/t/:slug/"));
    assertThat(c.get("menus")).isEmpty();
    assertThat(c.files())
        .extracting(f -> site.relativize(f).toString())
        .containsExactly(
            "hugo.toml",
            "config/_default/hugo.yaml",
            "config/_default/permalinks.toml",
            "config/production/hugo.json",
            "config/production/permalinks.yml");
    assertThat(c.found()).isTrue();
    assertThat(problems).isEmpty();
  }

  @Test
  void givenValuesOfEachShape_whenAskedForThem_thenEachAnswersOnlyForItsShape() {
    HugoBinary.write(
        site.resolve("config.yaml"),
        "uglyURLs: \"TRUE\"\ncanonify: false\nlanguages: {en: {weight: 1}}\nlist: [a, b]\none: x\n");

    HugoConfig c = read();

    assertThat(c.bool("uglyurls")).isTrue();
    assertThat(c.bool("canonify")).isFalse();
    assertThat(c.bool("absent")).isFalse();
    assertThat(c.string("languages")).isEmpty();
    assertThat(c.string("list")).isEmpty();
    assertThat(c.string("one.deeper")).isEmpty();
    assertThat(c.map("list")).isEmpty();
    assertThat(c.map("languages")).containsOnlyKeys("en");
    assertThat(c.list("list")).containsExactly("a", "b");
    assertThat(c.list("one")).containsExactly("x");
    assertThat(c.list("absent")).isEmpty();
  }

  @Test
  void givenNoConfiguration_whenRead_thenNothingIsFound() {
    HugoConfig c = read();

    assertThat(c.found()).isFalse();
    assertThat(c.files()).isEmpty();
    assertThat(HugoConfig.empty().found()).isFalse();
  }

  @Test
  void givenBrokenFiles_whenRead_thenEachIsNamedWithWhereAndTheOthersAreStillUsed() {
    HugoBinary.write(site.resolve("hugo.toml"), "title = \"Root\"\nbroken = [1,\n");
    HugoBinary.write(site.resolve("config/_default/params.yaml"), "- a list\n- not a map\n");
    HugoBinary.write(site.resolve("config/_default/languages.json"), "{\"en\": ");
    HugoBinary.write(site.resolve("config/_default/permalinks.toml"), "blog = \"/:slug/\"\n");

    HugoConfig c = read();

    assertThat(c.map("permalinks")).containsEntry("blog", "/:slug/");
    assertThat(c.string("title")).isEmpty();
    assertThat(problems())
        .hasSize(3)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "config/_default/languages.json:1:1 Hugo configuration: cannot read: "))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        "config/_default/params.yaml:1:1 Hugo configuration: a Hugo configuration is a map of keys; its settings are not used"))
        .anySatisfy(p -> assertThat(p).startsWith("hugo.toml:3:").contains("not valid TOML"));
  }
}
