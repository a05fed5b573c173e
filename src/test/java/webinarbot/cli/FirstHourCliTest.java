package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.CliRun.CORPUS;
import static webinarbot.testing.CliRun.NOV_2026;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.PageFolder;
import webinarbot.testing.TestDatabases;

/**
 * What a new operator runs into in the first hour: typos, wrong folders, posts about talks long
 * over, and finding out which setting came from where.
 */
class FirstHourCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Nested
  class Mistakes {
    @Test
    void givenAMisspeltCommand_thenTheClosestOneIsSuggestedAndTheExitIsTwo() {
      CliRun r = CliRun.run(Map.of(), NOV_2026, "lsit");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .startsWith("webinar-bot: unknown command 'lsit'\n")
          .contains("Did you mean: webinar-bot list?");
    }

    @Test
    void givenAMisspeltOption_thenTheOptionIsSuggested() {
      CliRun r = CliRun.run(Map.of(), NOV_2026, "--content", CORPUS, "list", "--al");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("Unknown option: '--al'").contains("--all");
    }

    @Test
    void givenAnUnknownKind_whenPreviewed_thenEveryKindIsListed() {
      CliRun r =
          CliRun.fdio(
              "--content",
              CORPUS,
              "preview",
              "vpp_in_home_lab",
              "--platform",
              "text",
              "--kind",
              "bogus");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .contains(
              "unknown kind \"bogus\"; use one of announcement, reminder-7d, reminder-1d,"
                  + " reminder-1h, starting, update, cancellation, followup, digest");
    }

    @Test
    void givenADigestTimeInWords_thenTheMessageQuotesWhatWasWritten() {
      CliRun r =
          CliRun.run(
              Map.of("WEBINARBOT_SCHEDULE_DIGEST", "Monday 9am"),
              NOV_2026,
              "--content",
              CORPUS,
              "list");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .contains(
              "WEBINARBOT_SCHEDULE_DIGEST: schedule.digest: \"Monday 9am\" is not a day and a"
                  + " 24-hour time such as \"MON 09:00\"")
          .doesNotContain("9AM");
    }

    @Test
    void givenAFileAsTheContentFolder_thenEveryCommandSaysSoAndExitsTwo(@TempDir Path temp)
        throws Exception {
      Path file = Files.writeString(temp.resolve("hostname"), "box\n");

      for (String command : new String[] {"lint", "list", "schedule"}) {
        CliRun r = CliRun.run(Map.of(), NOV_2026, "--content", file.toString(), command);

        assertThat(r.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
            .as(command)
            .contains(file + " is a file, not a folder of pages (content.dir, from --content");
      }
    }

    @Test
    void givenAMissingContentFolder_thenLintAndListExitTwoNamingWhereItWasSet(@TempDir Path temp) {
      String missing = temp.resolve("nonexistent").toString();
      Map<String, String> env = Map.of("WEBINARBOT_CONTENT_DIR", missing);

      CliRun lint = CliRun.run(env, NOV_2026, "lint");
      CliRun list = CliRun.run(env, NOV_2026, "list");

      assertThat(lint.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(list.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(lint.out()).isEmpty();
      assertThat(list.out()).isEmpty();
      assertThat(lint.err())
          .contains(
              "content folder " + missing + " not found (content.dir, from WEBINARBOT_CONTENT_DIR");
      assertThat(list.err()).doesNotContain("No upcoming webinars");
    }
  }

  @Nested
  class PastTalks {
    @TempDir Path temp;

    private CliRun announce(String... more) {
      PageFolder pages = new PageFolder(temp);
      pages.webinar("old.md", "Old news", "2021-03-24", "08:00am - 09:00am PT");
      String[] args = new String[3 + more.length];
      args[0] = "--content";
      args[1] = pages.root().toString();
      args[2] = "announce";
      System.arraycopy(more, 0, args, 3, more.length);
      return CliRun.run(
          Map.of("WEBINARBOT_STORAGE_JDBC_URL", TestDatabases.h2().jdbcUrl()), NOV_2026, args);
    }

    @Test
    void givenATalkFrom2021_whenAnnounced_thenItIsRefusedAndNothingIsPosted() {
      CliRun r = announce("old");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.out()).doesNotContain("New webinar");
      assertThat(r.err())
          .contains(
              "old is over: it started on Wed 24 Mar 2021 15:00 UTC, 2072 days ago; an"
                  + " announcement would be about a past talk. Nothing was posted; add --force");
    }

    @Test
    void givenATalkFrom2021_whenAnnouncedWithForce_thenItIsPosted() {
      CliRun r = announce("old", "--force");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("New webinar: Old news").contains("posted to: console:stdout");
    }

    @Test
    void givenATalkFrom2021_whenItsFollowUpIsAnnounced_thenNoForceIsNeeded() {
      CliRun r = announce("old", "--kind", "followup");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("posted to: console:stdout");
    }

    private CliRun preview(String... more) {
      PageFolder pages = new PageFolder(temp);
      pages.webinar("old.md", "Old news", "2021-03-24", "08:00am - 09:00am PT");
      String[] args = new String[6 + more.length];
      System.arraycopy(
          new String[] {
            "--content", pages.root().toString(), "preview", "old", "--platform", "text"
          },
          0,
          args,
          0,
          6);
      System.arraycopy(more, 0, args, 6, more.length);
      return CliRun.run(Map.of(), NOV_2026, args);
    }

    @Test
    void givenNowLongAfterATalk_whenPreviewed_thenNothingIsDueAndItSaysWhy() {
      CliRun r = preview("--now", "2026-11-26T12:00:00Z");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .contains(
              "at --now 2026-11-26T12:00:00Z old is over: it started on Wed 24 Mar 2021 15:00"
                  + " UTC")
          .contains("nothing would be posted (add --force to see it anyway)");
    }

    @Test
    void givenNowAfterTheStart_whenAReminderIsPreviewed_thenItIsRefusedToo() {
      CliRun r = preview("--now", "2021-03-24T15:10:00Z", "--kind", "reminder-1h");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.err())
          .contains("old has started: at Wed 24 Mar 2021 15:00 UTC, 10 minutes ago; a reminder-1h");
    }

    @Test
    void givenNowLongAfterATalk_whenPreviewedWithForceOrWithoutNow_thenThePostIsShown() {
      CliRun forced = preview("--now", "2026-11-26T12:00:00Z", "--force");
      CliRun timeless = preview();

      assertThat(forced.exitCode()).isZero();
      assertThat(forced.out()).startsWith("New webinar: Old news");
      assertThat(timeless.out()).isEqualTo(forced.out());
    }
  }

  @Nested
  class ShowByFile {
    @Test
    void givenTheFileName_whenShown_thenThatPageIsShown() {
      CliRun byName = CliRun.fdio("--content", CORPUS, "show", "vpp_in_home_lab.md");
      CliRun byPath =
          CliRun.fdio(
              "--content",
              CORPUS,
              "show",
              FdioCorpus.folder().resolve("vpp_in_home_lab.md").toString());

      assertThat(byName.exitCode()).isZero();
      assertThat(byName.out()).startsWith("VPP in your home lab? Yep. Right now.\n");
      assertThat(byPath.out()).isEqualTo(byName.out());
    }

    @Test
    void givenThePageOfAWebinarWithASlug_whenShownByFile_thenTheWebinarIsFound(@TempDir Path temp) {
      PageFolder pages = new PageFolder(temp);
      pages.write(
          "2026_12_03_release.md",
          "+++\ntitle = \"Release\"\ndate = 2026-12-03\nslug = \"vpp-2612\"\n+++\nNew.\n");

      CliRun r =
          CliRun.run(
              Map.of(),
              NOV_2026,
              "--content",
              pages.root().toString(),
              "show",
              "2026_12_03_release.md");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).startsWith("Release\n").contains("vpp-2612");
    }
  }

  @Nested
  class ConfigShow {
    private JsonNode show(Map<String, String> env, String... before) throws Exception {
      String[] args = new String[before.length + 4];
      System.arraycopy(before, 0, args, 0, before.length);
      System.arraycopy(
          new String[] {"config", "--show", "--format", "json"}, 0, args, before.length, 4);
      CliRun r = CliRun.run(env, NOV_2026, args);
      assertThat(r.exitCode()).as(r.err()).isZero();
      return JSON.readTree(r.out());
    }

    @Test
    void givenAFileTheEnvironmentAndAnOption_thenEachSettingSaysWhereItCameFrom(@TempDir Path temp)
        throws Exception {
      Path toml =
          Files.writeString(
              temp.resolve("bot.toml"),
              "[slack]\nchannels = [\"C111\"]\n[log]\nformat = \"json\"\n");

      JsonNode shown =
          show(
              Map.of(
                  "WEBINARBOT_LOG_FORMAT", "",
                  "WEBINARBOT_HTTP_PORT", "9000",
                  "SLACK_BOT_TOKEN", "xoxb-very-secret",
                  "SLACK_SIGNING_SECRET", "sign-very-secret"),
              "--config",
              toml.toString(),
              "--content",
              "/srv/pages");
      JsonNode settings = shown.path("settings");

      assertThat(settings.path("slack.channels").toString())
          .isEqualTo("{\"value\":[\"C111\"],\"source\":\"file\",\"origin\":\"" + toml + ":2\"}");
      assertThat(settings.path("log.format").path("source").asText()).isEqualTo("file");
      assertThat(settings.path("http.port").path("origin").asText())
          .isEqualTo("WEBINARBOT_HTTP_PORT");
      assertThat(settings.path("content.dir").path("source").asText()).isEqualTo("command line");
      assertThat(settings.path("content.dir").path("value").asText()).isEqualTo("/srv/pages");
      assertThat(settings.path("site.base_url").path("source").asText()).isEqualTo("default");
      assertThat(shown.path("secrets").path("SLACK_BOT_TOKEN").asText()).isEqualTo("set");
      assertThat(shown.path("secrets").path("DISCORD_TOKEN").asText()).isEqualTo("not set");
      assertThat(shown.path("targets").toString()).isEqualTo("[\"slack:C111\"]");
      assertThat(shown.toString()).doesNotContain("very-secret");
    }

    @Test
    void givenNothing_thenTheTextIsATomlFileOfTheDefaultsWithTheirSources() throws Exception {
      CliRun r = CliRun.run(Map.of("DISCORD_TOKEN", "very-secret"), NOV_2026, "config", "--show");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .contains("[content]\ndir = \"content\"")
          .contains("port = 8080")
          .contains("#   DISCORD_TOKEN: set\n")
          .contains("# Posts go to: nowhere\n")
          .contains(
              "# Warning: Discord is on but discord.channels is empty: nothing will be posted")
          .doesNotContain("very-secret");
    }
  }
}
