package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webinarbot.domain.PageDate;

/**
 * Front matter as a page's fields: YAML and TOML values as Hugo types them, keys in any case and
 * dotted into tables, and an error or warning naming line, column and key for what cannot be used.
 */
class FrontMatterFieldsTest {
  private final Problems problems = new Problems("page.md");

  private FieldReader read(String page) {
    FrontMatter fm = FrontMatter.split(page, problems).orElseThrow();
    Fields f =
        (fm.format() == FrontMatter.Format.YAML
                ? YamlFrontMatter.read(fm, problems)
                : TomlFrontMatter.read(fm, problems))
            .orElseThrow();
    return new FieldReader(f, problems);
  }

  private List<String> problems() {
    return ProblemLines.of(problems);
  }

  @Test
  void givenYamlScalars_whenRead_thenEachHasHugosTypeAndItsPlace() {
    FieldReader r =
        read(
            "---\n"
                + "title: '  Fast packets '\n"
                + "count: 1_000\n"
                + "ratio: 2.5\n"
                + "draft: yes\n"
                + "featured: on\n"
                + "hidden: no\n"
                + "none: ~\n"
                + "Event:\n"
                + "  EventURL: https://example.org/e\n"
                + "tags: [a, ' ', b]\n"
                + "---\nBody\n");

    assertThat(r.string("title")).hasValue("Fast packets");
    assertThat(r.fields().get("count").map(Field::value)).hasValue(1000L);
    assertThat(r.string("count")).hasValue("1000");
    assertThat(r.fields().get("ratio").map(Field::value)).hasValue(2.5);
    assertThat(r.bool("draft")).isTrue();
    assertThat(r.bool("featured")).isTrue();
    assertThat(r.bool("hidden")).isFalse();
    assertThat(r.string("none")).isEmpty();
    assertThat(r.bool("none")).isFalse();
    assertThat(r.string("event.eventurl")).hasValue("https://example.org/e");
    assertThat(r.string("EVENT.EventUrl")).hasValue("https://example.org/e");
    assertThat(r.string("event.missing")).isEmpty();
    assertThat(r.string("title.deeper")).isEmpty();
    assertThat(r.strings("tags")).containsExactly("a", "b");
    assertThat(r.strings("title")).containsExactly("Fast packets");
    assertThat(r.lineOf("ratio")).isEqualTo(4);
    assertThat(r.columnOf("ratio")).isEqualTo(1);
    assertThat(r.lineOf("event.eventurl")).isEqualTo(9);
    assertThat(r.lineOf("absent")).isEqualTo(2);
    assertThat(r.columnOf("absent")).isEqualTo(1);
    assertThat(problems()).isEmpty();
  }

  @Test
  void givenValuesOfTheWrongType_whenRead_thenEachIsNamedWithItsLineAndColumn() {
    FieldReader r =
        read(
            "---\n"
                + "title: [not, text]\n"
                + "draft: \"true\"\n"
                + "featured: maybe\n"
                + "tags: {a: 1}\n"
                + "Title: twice\n"
                + "---\n");

    assertThat(r.string("title")).isEmpty();
    assertThat(r.bool("draft")).isTrue();
    assertThat(r.bool("featured")).isFalse();
    assertThat(r.strings("tags")).isEmpty();
    assertThat(problems())
        .containsExactly(
            "WARNING 6:1 Title: Title is set twice; the value on line 2 is used",
            "WARNING 2:1 title: title should be a string; ignored",
            "WARNING 3:1 draft: draft = \"true\" is a string; read as true (write draft = true)",
            "ERROR 4:1 featured: featured must be true or false, not \"maybe\"",
            "WARNING 5:1 tags: tags should be a list of strings; ignored");
  }

  @Test
  void givenDatesInEveryForm_whenRead_thenEachIsTheDayOrInstantHugoReads() {
    FieldReader r =
        read(
            "+++\n"
                + "a = 2026-12-03\n"
                + "b = 2026-12-03T15:00:00\n"
                + "c = 2026-12-03T15:00:00+01:00\n"
                + "d = \"2026-12-03\"\n"
                + "e = \"\"\n"
                + "f = \"next week\"\n"
                + "g = 5\n"
                + "+++\n");
    ZoneId paris = ZoneId.of("Europe/Paris");

    assertThat(r.date("a")).hasValue(new PageDate.Day(LocalDate.of(2026, 12, 3)));
    assertThat(r.date("b")).hasValue(new PageDate.Local(LocalDateTime.of(2026, 12, 3, 15, 0)));
    assertThat(r.instant("a", paris)).hasValue(Instant.parse("2026-12-02T23:00:00Z"));
    assertThat(r.instant("b", paris)).hasValue(Instant.parse("2026-12-03T14:00:00Z"));
    assertThat(r.instant("c", paris)).hasValue(Instant.parse("2026-12-03T14:00:00Z"));
    assertThat(r.date("d")).hasValue(new PageDate.Day(LocalDate.of(2026, 12, 3)));
    assertThat(r.date("e")).isEmpty();
    assertThat(r.date("missing")).isEmpty();
    assertThat(r.date("f")).isEmpty();
    assertThat(r.date("g")).isEmpty();
    assertThat(FieldReader.pageDate(LocalDate.of(2026, 1, 2)))
        .hasValue(new PageDate.Day(LocalDate.of(2026, 1, 2)));
    assertThat(FieldReader.pageDate("2026-01-02")).isPresent();
    assertThat(FieldReader.pageDate(7L)).isEmpty();
    assertThat(problems())
        .containsExactly(
            "ERROR 7:1 f: f \"next week\" is not a date: write YYYY-MM-DD, as in f = \"2026-12-03\"",
            "ERROR 8:1 g: g must be a date such as \"2026-12-03\", not 5");
  }

  @Test
  void givenYamlThatIsNoMapping_whenRead_thenTheErrorNamesTheFrontMattersFirstLine() {
    FrontMatter fm = FrontMatter.split("---\n- a\n- b\n---\n", problems).orElseThrow();

    assertThat(YamlFrontMatter.read(fm, problems)).isEmpty();
    assertThat(problems())
        .containsExactly("ERROR 2:1 : front matter must be a mapping of keys to values");
  }

  @Test
  void givenBrokenYaml_whenRead_thenTheErrorPointsAtTheLineAndColumnInTheFile() {
    FrontMatter fm =
        FrontMatter.split("---\ntitle: ok\nbad: [1, 2\nx: y\n---\n", problems).orElseThrow();

    assertThat(YamlFrontMatter.read(fm, problems)).isEmpty();
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("ERROR 4:")
        .contains("front matter is not valid YAML: ");
  }

  @Test
  void givenEmptyYaml_whenRead_thenThereAreNoFieldsAndNoProblems() {
    FrontMatter fm = FrontMatter.split("---\n---\nBody\n", problems).orElseThrow();

    assertThat(YamlFrontMatter.read(fm, problems))
        .hasValueSatisfying(f -> assertThat(f.all()).isEmpty());
    assertThat(problems()).isEmpty();
  }

  @Test
  void givenACascadedValue_whenThePageSetsItToo_thenThePagesOwnWins() {
    FieldReader r = read("---\ntitle: Own\n---\n");
    r.fields().addCascaded("Title", "From section");
    r.fields().addCascaded("type", "webinar");

    assertThat(r.string("title")).hasValue("Own");
    assertThat(r.string("type")).hasValue("webinar");
    assertThat(r.fields().ownKey("TITLE")).isTrue();
    assertThat(r.fields().ownKey("type")).isFalse();
    assertThat(r.fields().ownKey("absent")).isFalse();
    assertThat(r.lineOf("type")).isEqualTo(2);
    assertThat(Fields.valueIgnoringCase(Map.of("Key", 1), "KEY")).isEqualTo(1);
  }
}
