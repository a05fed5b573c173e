package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Settings;
import webinarbot.testing.CliRun;

/** {@code init}: a proposal for a site from what its pages hold, on real sites. */
class InitCliTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  private static Path site(String name) {
    return webinarbot.testing.RealSites.folder(name);
  }

  private static CliRun init(Path site, String... more) {
    String[] args = new String[2 + more.length];
    args[0] = "init";
    args[1] = "--site=" + site;
    System.arraycopy(more, 0, args, 2, more.length);
    return CliRun.run(Map.of(), CLOCK, args);
  }

  @Test
  void onTheWholeFdioSiteItProposesTheWebinarSectionAndAsksForTheAddress() {
    CliRun r = init(site("fdio"));

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("sections = [\"news/webinars\"]\n")
        .contains("base_url = \"https://example.org/\"   # the site's baseURL is not a full URL")
        .contains("# The default keys cover these pages.");
    assertThat(r.err())
        .contains(
            "24 talks in news/webinars/: 24 with a start, 15 with a time, 23 with a video,"
                + " 15 with a time zone: set schedule.timezone");
  }

  @Test
  void onDevopsdaysItFindsTheTalkTypeAndThePersonPagesOfEachEvent() {
    CliRun r = init(site("devopsdays"));

    assertThat(r.out())
        .contains("sections = [\"events\"]\n")
        .contains("types = [\"talk\"]")
        .contains("people = \"events/*/speakers\"");
    assertThat(r.err())
        .contains(
            "7 talks in events/: 7 with a start, 7 with a time, 0 with a video, 0 with a time zone: set schedule.timezone")
        .contains("9 page(s) in these sections are not talks; lint --verbose names them");
  }

  @Test
  void onPulumiItFindsTheNestedKeys() {
    CliRun r = init(site("pulumi"));

    assertThat(r.out())
        .contains("types = [\"webinars\"]")
        .contains("date = [\"main.sortable_date\"]")
        .contains("duration = [\"main.duration\"]")
        .contains("speakers = [\"main.presenters\"]");
  }

  @Test
  void writeSavesAProposalTheBotReadsAndNeverOverwrites(@TempDir Path temp) throws Exception {
    Path copy = temp.resolve("roweb3");
    copyTree(site("roweb3"), copy);
    Files.delete(copy.resolve("webinar-bot.toml"));

    CliRun first = init(copy, "--write");
    CliRun second = init(copy, "--write");

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).contains("wrote " + copy.resolve("webinar-bot.toml"));
    Settings s = new ConfigLoader(Map.of()).load(Optional.of(copy.resolve("webinar-bot.toml")));
    assertThat(s.content().sections()).containsExactly("commcalls", "events");
    assertThat(s.site().root()).contains(Path.of("."));
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err()).contains("exists: not overwritten");
    CliRun lint =
        CliRun.run(
            Map.of("WEBINARBOT_SITE_ROOT", copy.toString()),
            CLOCK,
            "--config",
            copy.resolve("webinar-bot.toml").toString(),
            "lint");
    assertThat(lint.exitCode()).isZero();
    assertThat(lint.out()).contains("12 page(s), 12 webinar(s), 0 error(s)");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
