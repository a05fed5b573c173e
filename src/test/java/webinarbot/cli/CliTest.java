package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.CliRun.CORPUS;
import static webinarbot.testing.CliRun.NOV_2026;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.PageFolder;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Nested
  class Lint {
    @Test
    void theFdioCorpusIsCleanWithWarningsOnTheOddTimeSlots() {
      CliRun r = CliRun.fdio("--content", CORPUS, "lint");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .contains(
              "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes.md:5:1: warning: time_slot ends at 00:30")
          .contains(
              "2025_02_02_vpp_tls_plugin_performance_enhancement_with_user_space_processing_pipeline_support.md:5:1: warning: \"13:05pm\"")
          .doesNotContain(": error:")
          .endsWith(
              "25 page(s), 24 webinar(s), 0 error(s), 20 warning(s); 1 skipped: 1 section page\n");
    }

    @Test
    void skippedPagesAreCountedByReasonAndVerboseNamesEach(@TempDir Path temp) throws Exception {
      PageFolder pages = new PageFolder(temp);
      pages.write("talk.md", "+++\nTitle = \"T\"\nType = \"talk\"\ndate = \"2026-12-03\"\n+++\n");
      pages.write("undated.md", "+++\ntitle = \"U\"\n+++\n");
      pages.webinar("good.md", "Good", "2026-12-03", "10:00 - 11:00 UTC");

      CliRun plain = CliRun.run(Map.of(), NOV_2026, "--content", pages.root().toString(), "lint");
      CliRun verbose =
          CliRun.run(Map.of(), NOV_2026, "--content", pages.root().toString(), "lint", "--verbose");
      CliRun json =
          CliRun.run(
              Map.of(),
              NOV_2026,
              "--content",
              pages.root().toString(),
              "lint",
              "-v",
              "--format",
              "json");

      assertThat(plain.exitCode()).isZero();
      assertThat(plain.out())
          .endsWith(
              "3 page(s), 1 webinar(s), 0 error(s), 0 warning(s);"
                  + " 2 skipped: 1 of other types, 1 without a date\n")
          .doesNotContain("skipped (");
      assertThat(verbose.out())
          .contains(
              pages.root().resolve("talk.md")
                  + ": skipped (another type): type = \"talk\", not in content.types\n")
          .contains(
              pages.root().resolve("undated.md")
                  + ": skipped (no date): none of startdate, start_date, datestart, talk_date,");
      JsonNode j = JSON.readTree(json.out());
      assertThat(j.get("skipped").get("another type").asInt()).isEqualTo(1);
      assertThat(j.get("skippedPages")).hasSize(2);
    }

    @Test
    void brokenPagesExitOneNamingEachWithItsLine(@TempDir Path temp) {
      PageFolder pages = new PageFolder(temp);
      pages.write("bad-date.md", "+++\ntitle = \"T\"\ndate = \"soon\"\n+++\n");
      pages.write("no-title.md", "+++\ndate = \"2026-12-03\"\n+++\n");
      pages.webinar("good.md", "Good", "2026-12-03", "10:00 - 11:00 UTC");

      CliRun r = CliRun.run(Map.of(), NOV_2026, "--content", pages.root().toString(), "lint");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              pages.root().resolve("bad-date.md") + ":3:1: error: date \"soon\" is not a date")
          .contains(pages.root().resolve("no-title.md") + ":2:1: error: title is missing");
    }

    @Test
    void githubFormatEmitsWorkflowAnnotations(@TempDir Path temp) {
      PageFolder pages = new PageFolder(temp);
      pages.write("bad.md", "+++\ntitle = \"T\"\ndate = \"soon\"\n+++\n");

      CliRun r =
          CliRun.run(
              Map.of(),
              NOV_2026,
              "--content",
              pages.root().toString(),
              "lint",
              "--format",
              "github");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "::error file="
                  + pages.root().resolve("bad.md")
                  + ",line=3,col=1,title=webinar-bot date::date \"soon\" is not a date");
    }

    @Test
    void jsonFormatCountsAndListsDiagnostics() throws Exception {
      CliRun r = CliRun.fdio("--content", CORPUS, "lint", "--format", "json");

      JsonNode json = JSON.readTree(r.out());
      assertThat(json.get("pages").asInt()).isEqualTo(25);
      assertThat(json.get("webinars").asInt()).isEqualTo(24);
      assertThat(json.get("errors").asInt()).isZero();
      assertThat(json.get("diagnostics")).hasSize(20);
      assertThat(json.get("diagnostics").get(0).get("severity").asText()).isEqualTo("warning");
      assertThat(json.get("diagnostics").get(0).get("field").asText()).isEqualTo("time_slot");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
      CliRun r = CliRun.fdio("--content", CORPUS, "lint", "--format", "xml");

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("Invalid value for option '--format'");
    }
  }

  @Nested
  class ListCommand {
    @Test
    void allWebinarsAsJsonCarryTheRightInstants() throws Exception {
      CliRun r = CliRun.fdio("--content", CORPUS, "list", "--all", "--format", "json");

      assertThat(r.exitCode()).isZero();
      JsonNode all = JSON.readTree(r.out());
      assertThat(all).hasSize(24);
      JsonNode seed = find(all, "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes");
      assertThat(seed.get("start").asText()).isEqualTo("2021-10-15T11:55:00-07:00");
      assertThat(seed.get("end").asText()).isEqualTo("2021-10-15T12:30:00-07:00");
      assertThat(seed.get("allDay").asBoolean()).isFalse();
      assertThat(seed.get("timezone").asText()).isEqualTo("America/Los_Angeles");
      assertThat(seed.get("url").asText())
          .isEqualTo(
              "https://fd.io/news/webinars/2021_10_15_calico_vpp_using_calico_pluggable_dataplanes/");
      assertThat(seed.get("source").asText())
          .endsWith("2021_10_15_calico_vpp_using_calico_pluggable_dataplanes.md");
      assertThat(seed.get("links").get("slides_pdf").asText())
          .startsWith("https://static.sched.com/");
      assertThat(seed.get("speakers").get(0).get("name").asText()).isEqualTo("Chris Tomkins");
      assertThat(seed.get("speakers").get(0).get("role").asText())
          .isEqualTo("Developer Advocate @ Project Calico/Tigera");
      assertThat(seed.get("speakers").get(1).get("github").asText()).isEqualTo("AloysAugustin");
      JsonNode boosters = find(all, "2021_07_22_calico_vpp_kubernetes_networking_with_boosters");
      assertThat(boosters.get("end").isNull()).isTrue();
      assertThat(boosters.get("buttons").get(0).get("label").asText()).isEqualTo("Register");
      JsonNode allDay = find(all, "video_trex");
      assertThat(allDay.get("allDay").asBoolean()).isTrue();
      assertThat(allDay.get("start").asText()).isEqualTo("2019-05-01T00:00:00Z");
    }

    @Test
    void withoutAllOnlyUpcomingOnesAreListed() {
      CliRun r = CliRun.fdio("--content", CORPUS, "list", "--now", "2025-02-02T11:00:00Z");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out().lines())
          .hasSize(8)
          .first()
          .asString()
          .startsWith(
              "2025-02-02 11:55 +01:00  2025_02_02_unleashing_100_mpps_with_fdio_vpp_on_gcp");
    }

    @Test
    void validPagesAreListedEvenWhenOthersAreBroken(@TempDir Path temp) {
      PageFolder pages = new PageFolder(temp);
      pages.write("broken.md", "+++\ntitle = \"T\"\n");
      pages.webinar("good.md", "Good talk", "2026-12-03", "10:00 - 11:00 UTC");

      CliRun r = CliRun.run(Map.of(), NOV_2026, "--content", pages.root().toString(), "list");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("good  Good talk");
      assertThat(r.err())
          .contains("broken.md:1:1: error: front matter opened with +++ is never closed");
    }

    @Test
    void nothingUpcomingSaysSo() {
      CliRun r = CliRun.fdio("--content", CORPUS, "list");

      assertThat(r.out()).isEqualTo("No upcoming webinars (use --all for past ones).\n");
    }
  }

  @Nested
  class ShowAndPreview {
    @Test
    void showPrintsOneWebinarInFull() {
      CliRun r = CliRun.fdio("--content", CORPUS, "show", "vpp_in_home_lab");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .startsWith("VPP in your home lab? Yep. Right now.\n")
          .contains("when:     Wednesday 24 March 2021, 08:00 America/Los_Angeles (UTC-07:00)")
          .contains(
              "speaker:  Jerry Wilson – Network Manager at Region 5 Education Service Center");
    }

    @Test
    void showAndPreviewOfferTheGoogleCalendarLinkAndWithAPublicUrlTheTalksIcs() {
      Map<String, String> env =
          Map.of(
              "WEBINARBOT_SITE_BASE_URL",
              "https://fd.io",
              "WEBINARBOT_HTTP_PUBLIC_URL",
              "https://bot.fd.io");
      String ics = "https://bot.fd.io/webinars/vpp_in_home_lab.ics";

      CliRun show =
          CliRun.run(env, CliRun.NOV_2026, "--content", CORPUS, "show", "vpp_in_home_lab");
      CliRun text =
          CliRun.run(
              env,
              CliRun.NOV_2026,
              "--content",
              CORPUS,
              "preview",
              "vpp_in_home_lab",
              "--platform",
              "text");
      CliRun slack =
          CliRun.run(
              env,
              CliRun.NOV_2026,
              "--content",
              CORPUS,
              "preview",
              "vpp_in_home_lab",
              "--platform",
              "slack");
      CliRun withoutShow = CliRun.fdio("--content", CORPUS, "show", "vpp_in_home_lab");
      CliRun withoutPreview =
          CliRun.fdio("--content", CORPUS, "preview", "vpp_in_home_lab", "--platform", "discord");

      assertThat(show.out())
          .contains("calendar: https://calendar.google.com/calendar/render?action=TEMPLATE&")
          .contains("ics:      " + ics + "\n");
      assertThat(text.out())
          .contains("Add to Google Calendar: https://calendar.google.com/calendar/render?")
          .contains("Calendar file (.ics): " + ics + "\n");
      assertThat(slack.out()).contains("Calendar file (.ics)").contains("\"" + ics + "\"");
      assertThat(withoutShow.out())
          .contains("calendar: https://calendar.google.com/")
          .doesNotContain(".ics");
      assertThat(withoutPreview.out()).contains("Add to Google Calendar").doesNotContain(".ics");
    }

    @Test
    void anUnknownIdFailsWithSuggestions() {
      CliRun r = CliRun.fdio("--content", CORPUS, "show", "vpp_in_home");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err())
          .contains("no webinar with id \"vpp_in_home\"; did you mean vpp_in_home_lab");
    }

    @Test
    void previewTextShowsTheAnnouncement() {
      CliRun r =
          CliRun.fdio(
              "--content",
              CORPUS,
              "preview",
              "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes",
              "--platform",
              "text");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .startsWith(
              "New webinar: Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking\n")
          .contains("When: Friday 15 October 2021, 11:55–12:30 America/Los_Angeles (UTC-07:00)")
          .contains("Speaker: Chris Tomkins – Developer Advocate @ Project Calico/Tigera")
          .contains(
              "Slides (PDF): https://static.sched.com/hosted_files/kccncna2021/4c/Calico_VPP%20KCNA%202021.pdf");
    }

    @Test
    void previewWithNowPicksThePostDueThen() {
      CliRun r =
          CliRun.fdio(
              "--content",
              CORPUS,
              "preview",
              "vpp_in_home_lab",
              "--platform",
              "text",
              "--now",
              "2021-03-24T14:30:00Z");

      assertThat(r.out()).startsWith("In 1 hour: VPP in your home lab?");
    }

    @Test
    void previewOfAnUnknownPlatformIsAUsageError() {
      CliRun r =
          CliRun.fdio("--content", CORPUS, "preview", "vpp_in_home_lab", "--platform", "irc");

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("unknown platform \"irc\"");
    }
  }

  @Nested
  class Usage {
    @Test
    void helpWorksEverywhereWithoutConfiguration() {
      for (String[] args :
          List.of(
              new String[] {"--help"},
              new String[] {"lint", "--help"},
              new String[] {"list", "--help"},
              new String[] {"preview", "--help"})) {
        CliRun r = CliRun.run(Map.of(), NOV_2026, args);

        assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
        assertThat(r.out()).contains("Usage: webinar-bot");
      }
    }

    @Test
    void noCommandIsAUsageError() {
      CliRun r = CliRun.run(Map.of(), NOV_2026);

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("a command is required");
    }

    @Test
    void aBadConfigurationNamesTheKeyAndExitsTwo() {
      CliRun r =
          CliRun.run(
              Map.of("WEBINARBOT_SCHEDULE_TIMEZONE", "Nowhere"),
              NOV_2026,
              "--content",
              CORPUS,
              "list");

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err())
          .contains(
              "WEBINARBOT_SCHEDULE_TIMEZONE: schedule.timezone: \"Nowhere\" is not an IANA time zone");
    }
  }

  private static JsonNode find(JsonNode all, String id) {
    List<String> ids = new ArrayList<>();
    for (JsonNode w : all) {
      if (w.get("id").asText().equals(id)) {
        return w;
      }
      ids.add(w.get("id").asText());
    }
    throw new AssertionError(id + " not in " + ids);
  }
}
