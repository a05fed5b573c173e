package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.PageFolder;

class ScheduleCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORPUS = FdioCorpus.folder().toString();

  /** Both platforms on (their secrets set), one channel each. */
  private static final Map<String, String> FDIO =
      Map.of(
          "WEBINARBOT_SITE_BASE_URL", "https://fd.io",
          "WEBINARBOT_SLACK_CHANNELS", "C0WEBINARS",
          "WEBINARBOT_DISCORD_CHANNELS", "1234567890",
          "SLACK_BOT_TOKEN", "xoxb-test",
          "SLACK_SIGNING_SECRET", "signing-test",
          "DISCORD_TOKEN", "discord-test");

  private static final Clock NOV_2026 =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  /** Each entry as {@code at kind id targets}. */
  static List<String> entries(CliRun r) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode e : JSON.readTree(r.out())) {
      List<String> targets = new ArrayList<>();
      e.get("targets").forEach(t -> targets.add(t.asText()));
      out.add(
          e.get("at").asText()
              + " "
              + e.get("kind").asText()
              + " "
              + e.get("id").asText()
              + " "
              + targets);
    }
    return out;
  }

  /** {@code schedule --format json} over the FD.io corpus, with more options. */
  private static CliRun fdioJson(Map<String, String> env, String... options) {
    List<String> args = new ArrayList<>(List.of("--content", CORPUS, "schedule"));
    args.addAll(List.of(options));
    args.addAll(List.of("--format", "json"));
    return CliRun.run(env, NOV_2026, args.toArray(String[]::new));
  }

  @Test
  void givenTheFdioCorpusInOctober2021_whenScheduled_thenBothCalicoTalksGetEveryReminderInPdt()
      throws Exception {
    CliRun r = fdioJson(FDIO, "--now", "2021-10-01T00:00:00Z", "--until", "2021-10-16T00:00:00Z");

    String both = "[slack:C0WEBINARS, discord:1234567890]";
    assertThat(r.exitCode()).isZero();
    assertThat(entries(r))
        .containsExactly(
            "2021-10-05T18:20:00Z reminder-7d 2021_10_12_calico_vpp_low_trust_edge_network_no_problem "
                + both,
            "2021-10-08T18:55:00Z reminder-7d 2021_10_15_calico_vpp_using_calico_pluggable_dataplanes "
                + both,
            "2021-10-11T18:20:00Z reminder-1d 2021_10_12_calico_vpp_low_trust_edge_network_no_problem "
                + both,
            "2021-10-12T17:20:00Z reminder-1h 2021_10_12_calico_vpp_low_trust_edge_network_no_problem "
                + both,
            "2021-10-12T18:20:00Z starting 2021_10_12_calico_vpp_low_trust_edge_network_no_problem "
                + both,
            "2021-10-14T18:55:00Z reminder-1d 2021_10_15_calico_vpp_using_calico_pluggable_dataplanes "
                + both,
            "2021-10-15T17:55:00Z reminder-1h 2021_10_15_calico_vpp_using_calico_pluggable_dataplanes "
                + both,
            "2021-10-15T18:55:00Z starting 2021_10_15_calico_vpp_using_calico_pluggable_dataplanes "
                + both);
  }

  @Test
  void
      givenTheFdioCorpusInOctober2025_whenScheduled_thenAllDayEntriesPostAtNineAndALateOneIsAnnounced()
          throws Exception {
    CliRun r = fdioJson(FDIO, "--now", "2025-10-05T00:00:00Z");

    String both = "[slack:C0WEBINARS, discord:1234567890]";
    assertThat(entries(r))
        .containsExactly(
            "2025-10-05T00:00:00Z announcement 2025_10_10_DENOG17_What_can_possibly_go_wrong "
                + both,
            "2025-10-09T09:00:00Z reminder-1d 2025_10_10_DENOG17_What_can_possibly_go_wrong "
                + both,
            "2025-10-10T09:00:00Z starting 2025_10_10_DENOG17_What_can_possibly_go_wrong " + both,
            "2025-10-16T09:00:00Z reminder-7d 2025_10_23_sonic_vpp_a_platform_for_datacenter_net "
                + both,
            "2025-10-22T09:00:00Z reminder-1d 2025_10_23_sonic_vpp_a_platform_for_datacenter_net "
                + both,
            "2025-10-23T09:00:00Z starting 2025_10_23_sonic_vpp_a_platform_for_datacenter_net "
                + both);
  }

  @Test
  void givenAWeeklyDigest_whenScheduled_thenEachWeekWithWebinarsShowsItsDigestInTimeOrder()
      throws Exception {
    Map<String, String> env = new HashMap<>(FDIO);
    env.put("WEBINARBOT_SCHEDULE_DIGEST", "MON 09:00");
    CliRun r = fdioJson(env, "--now", "2025-10-05T00:00:00Z");

    String both = "[slack:C0WEBINARS, discord:1234567890]";
    assertThat(entries(r))
        .filteredOn(e -> e.contains(" digest ") || e.startsWith("2025-10-05"))
        .containsExactly(
            "2025-10-05T00:00:00Z announcement 2025_10_10_DENOG17_What_can_possibly_go_wrong "
                + both,
            "2025-10-06T09:00:00Z digest week-of-2025-10-06 " + both,
            "2025-10-20T09:00:00Z digest week-of-2025-10-20 " + both);
    assertThat(entries(r)).hasSize(8);
  }

  @Test
  void givenTheFdioCorpusToday_whenScheduled_thenNothingIsLeftToPost() {
    CliRun r = CliRun.run(FDIO, NOV_2026, "--content", CORPUS, "schedule");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Nothing to post.\n");
  }

  @Test
  void givenHandMadePagesAcrossAClockChange_whenScheduledAsText_thenColumnsAlignAndTimesAreExact(
      @TempDir Path temp) {
    PageFolder pages = new PageFolder(temp);
    // US clocks go forward on 8 March 2026; Europe's on 29 March.
    pages.webinar("dst.md", "DST week", "2026-03-10", "10:00am - 11:00am PT");
    pages.write(
        "summit.md",
        "+++\ntitle = \"Summit\"\ndate = 2026-03-30\ntimezone = \"Europe/Brussels\"\n+++\nAll day.\n");

    CliRun r =
        CliRun.run(
            Map.of(),
            NOV_2026,
            "--content",
            pages.root().toString(),
            "schedule",
            "--now",
            "2026-03-01T00:00:00Z");

    assertThat(r.out())
        .isEqualTo(
            "2026-03-03T18:00:00Z  reminder-7d  dst     console:stdout\n"
                + "2026-03-09T17:00:00Z  reminder-1d  dst     console:stdout\n"
                + "2026-03-10T16:00:00Z  reminder-1h  dst     console:stdout\n"
                + "2026-03-10T17:00:00Z  starting     dst     console:stdout\n"
                + "2026-03-23T08:00:00Z  reminder-7d  summit  console:stdout\n"
                + "2026-03-29T07:00:00Z  reminder-1d  summit  console:stdout\n"
                + "2026-03-30T07:00:00Z  starting     summit  console:stdout\n");
  }

  @Test
  void givenAPageFoundTwoDaysBeforeItsTalk_whenScheduled_thenOneAnnouncementNowAndNoStaleReminder(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("late.md", "Late", "2026-12-03", "17:00 - 18:00 UTC");

    CliRun r =
        CliRun.run(
            Map.of(),
            NOV_2026,
            "--content",
            pages.root().toString(),
            "schedule",
            "--now",
            "2026-12-01T12:00:00Z",
            "--format",
            "json");

    assertThat(entries(r))
        .containsExactly(
            "2026-12-01T12:00:00Z announcement late [console:stdout]",
            "2026-12-02T17:00:00Z reminder-1d late [console:stdout]",
            "2026-12-03T16:00:00Z reminder-1h late [console:stdout]",
            "2026-12-03T17:00:00Z starting late [console:stdout]");
  }

  @Test
  void givenChannelsWithoutTokensOrTokensWithoutChannels_whenScheduled_thenTargetsAreServes(
      @TempDir Path temp) throws Exception {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("late.md", "Late", "2026-12-03", "17:00 - 18:00 UTC");
    String[] args = {
      "--content",
      pages.root().toString(),
      "schedule",
      "--now",
      "2026-12-03T16:30:00Z",
      "--format",
      "json"
    };
    Map<String, String> channelsOnly =
        Map.of("WEBINARBOT_SLACK_CHANNELS", "C111", "WEBINARBOT_DISCORD_CHANNELS", "222");
    Map<String, String> slackTokenOnly =
        Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "signing-test");
    Map<String, String> discordOnly = new HashMap<>(channelsOnly);
    discordOnly.put("DISCORD_TOKEN", "discord-test");

    // Without tokens serve posts to standard output, whatever channels are configured.
    assertThat(entries(CliRun.run(channelsOnly, NOV_2026, args)))
        .containsExactly(
            "2026-12-03T16:30:00Z announcement late [console:stdout]",
            "2026-12-03T17:00:00Z starting late [console:stdout]");
    // Slack on without channels: serve posts nowhere (never to standard output), and says why.
    CliRun nowhere = CliRun.run(slackTokenOnly, NOV_2026, args);
    assertThat(entries(nowhere)).isEmpty();
    assertThat(nowhere.err())
        .contains("warning: Slack is on but slack.channels is empty: nothing will be posted");
    // Only Discord on: its channels only, not Slack's.
    assertThat(entries(CliRun.run(discordOnly, NOV_2026, args)))
        .containsExactly(
            "2026-12-03T16:30:00Z announcement late [discord:222]",
            "2026-12-03T17:00:00Z starting late [discord:222]");
  }

  @Test
  void givenUntilBeforeNow_whenScheduled_thenAUsageErrorSaysSo() {
    CliRun r = CliRun.run(FDIO, NOV_2026, "--content", CORPUS, "schedule", "--until", "2020-01-01");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("--until 2020-01-01T00:00:00Z is before --now 2026-11-26T12:00:00Z");
  }
}
