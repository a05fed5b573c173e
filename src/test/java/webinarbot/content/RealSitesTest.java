package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webinarbot.testing.CliRun;

/**
 * Real pages of six public Hugo sites (src/test/resources/sites/SITE/README.md gives each one's
 * repository and commit), each read with the short webinar-bot.toml beside it, exactly as a
 * maintainer would run the bot from the site's folder: {@code list --all --format json} gives every
 * talk's start, end, zone, location, links and URL as in expected.tsv (checked by hand against the
 * pages, and the URLs against {@code hugo list all} where Hugo builds the site without its theme),
 * and {@code lint --verbose} names every page it did not read, with why.
 */
class RealSitesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  private static Path site(String name) {
    return webinarbot.testing.RealSites.folder(name).toAbsolutePath();
  }

  /** The bot run from the site's folder: site.root = "." is that folder. */
  private static CliRun run(String name, String... args) {
    Path site = site(name);
    List<String> all =
        new ArrayList<>(List.of("--config", site.resolve("webinar-bot.toml").toString()));
    all.addAll(List.of(args));
    return CliRun.run(
        Map.of("WEBINARBOT_SITE_ROOT", site.toString()), CLOCK, all.toArray(String[]::new));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fdio", "roweb3", "iot.eclipse.org", "devopsdays", "pulumi", "fluxcd"})
  void everyTalkHasItsStartEndZoneLocationLinksAndUrl(String name) throws Exception {
    CliRun r = run(name, "list", "--all", "--format", "json");

    List<String> actual = new ArrayList<>();
    for (JsonNode w : JSON.readTree(r.out())) {
      List<String> links = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = w.get("links").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        links.add(e.getKey() + "=" + e.getValue().asText());
      }
      actual.add(
          String.join(
              "\t",
              w.get("id").asText(),
              w.get("start").asText(),
              w.get("end").isNull() ? "-" : w.get("end").asText(),
              w.get("timezone").asText(),
              w.get("location").isNull() ? "-" : w.get("location").asText(),
              w.get("url").asText(),
              links.isEmpty() ? "-" : String.join(",", links)));
    }
    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(lines(site(name).resolve("expected.tsv")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fdio", "roweb3", "iot.eclipse.org", "devopsdays", "pulumi", "fluxcd"})
  void lintNamesEveryPageItDidNotReadWithTheReason(String name) throws Exception {
    String prefix = site(name) + "/";
    CliRun verbose = run(name, "lint", "--verbose");
    JsonNode json = JSON.readTree(run(name, "lint", "--format", "json").out());

    List<String> named =
        verbose
            .out()
            .lines()
            .filter(l -> l.contains(": skipped ("))
            .map(l -> l.replace(prefix, ""))
            .toList();
    assertThat(named)
        .containsExactlyInAnyOrderElementsOf(lines(site(name).resolve("expected-skipped.txt")));
    assertThat(json.get("pages").asInt())
        .as("every page of the talk sections is a talk or named as skipped")
        .isEqualTo(json.get("webinars").asInt() + named.size());
  }
}
