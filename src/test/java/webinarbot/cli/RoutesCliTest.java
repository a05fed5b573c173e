package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;

/** {@code schedule} shows where each routed post goes; {@code lint} checks the routes. */
class RoutesCliTest {
  private static final Map<String, String> BOTH_ON =
      Map.of(
          "SLACK_BOT_TOKEN", "xoxb-test",
          "SLACK_SIGNING_SECRET", "signing-test",
          "DISCORD_TOKEN", "discord-test");

  @TempDir Path temp;
  private Path config;
  private Path content;

  @BeforeEach
  void site() throws IOException {
    content = temp.resolve("content");
    page("events/security/tls.md", "TLS everywhere", "2027-03-02", "[\"security\", \"crypto\"]");
    page("events/security/cve.md", "CVE triage", "2027-03-09", "[\"security\"]");
    page("news/webinars/vpp.md", "VPP", "2027-03-16", "[\"vpp\", \"securty\"]");
    config =
        Files.writeString(
            temp.resolve("webinar-bot.toml"),
            """
            [site]
            base_url = "https://example.org/"
            [slack]
            channels = ["C-ALL"]
            [discord]
            channels = ["D-ALL"]

            [[route]]
            name = "security"
            tags = ["security"]
            slack = ["C-SEC"]
            discord = ["D-SEC"]
            reminders = ["1d"]

            [[route]]
            name = "crypto"
            tags = ["crypto"]
            slack = ["C-SEC", "C-CRYPTO"]

            [[route]]
            name = "kubernetes"
            tags = ["kubernetes"]
            slack = ["C-K8S"]
            """);
  }

  private void page(String path, String title, String date, String tags) throws IOException {
    Path p = content.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(
        p,
        "+++\ntitle = \""
            + title
            + "\"\ndate = \""
            + date
            + "\"\ntime_slot = \"17:00 - 18:00 UTC\"\ntags = "
            + tags
            + "\n+++\nAbout it.\n");
  }

  private CliRun run(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--config", config.toString(), "--content", content.toString()));
    all.addAll(List.of(args));
    return CliRun.run(BOTH_ON, CliRun.NOV_2026, all.toArray(String[]::new));
  }

  @Test
  void scheduleShowsEachPostOnTheDistinctChannelsOfTheRoutesThatTakeItsTalk() throws Exception {
    CliRun r = run("schedule", "--now", "2027-02-01T00:00:00Z", "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = ScheduleCliTest.entries(r);
    assertThat(rows)
        .contains(
            // Both routes take it: C-SEC once, with the security route's own reminders; the
            // defaults on the crypto route's other channel.
            "2027-02-23T17:00:00Z reminder-7d tls [slack:C-CRYPTO]",
            "2027-03-01T17:00:00Z reminder-1d tls [slack:C-SEC, slack:C-CRYPTO, discord:D-SEC]",
            "2027-03-02T16:00:00Z reminder-1h tls [slack:C-CRYPTO]",
            "2027-03-08T17:00:00Z reminder-1d cve [slack:C-SEC, discord:D-SEC]",
            // No route takes it: the top-level channels.
            "2027-03-16T17:00:00Z starting vpp [slack:C-ALL, discord:D-ALL]");
    assertThat(rows).noneMatch(row -> row.contains("C-K8S"));
    assertThat(rows).noneMatch(row -> row.contains(" cve ") && row.contains("C-ALL"));
  }

  @Test
  void lintWarnsOfARouteNoPageMatchesAndOfATagOneLetterFromARoutesTag() {
    CliRun r = run("lint");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            config
                + ":20:1: warning: route \"kubernetes\" matches no page: its talks would go to"
                + " the top-level channels instead; check its tags, sections and types")
        .contains(
            content.resolve("news/webinars/vpp.md")
                + ":5:17: warning: tag \"securty\" looks like \"security\" of route \"security\" ("
                + config
                + ":8), which does not take this talk; did you mean \"security\"?");
    assertThat(r.out()).doesNotContain("tls.md").doesNotContain("cve.md");
  }
}
