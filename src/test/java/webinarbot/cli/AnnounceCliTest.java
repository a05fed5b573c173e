package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.PageFolder;
import webinarbot.testing.TestDatabases;

/** {@code announce} with no chat platform configured: posts go to standard output. */
class AnnounceCliTest {
  private static final Clock NOV_2026 =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path temp;
  private Map<String, String> env;
  private String content;

  @BeforeEach
  void pages() {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("vpp.md", "VPP in depth", "2026-12-03", "10:00 - 11:00 UTC");
    content = pages.root().toString();
    env = Map.of("WEBINARBOT_STORAGE_JDBC_URL", TestDatabases.h2().jdbcUrl());
  }

  private CliRun announce(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "--content";
    args[1] = content;
    args[2] = "announce";
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.run(env, NOV_2026, args);
  }

  @Test
  void givenAWebinar_whenAnnouncedTwice_thenItIsPostedOnceAndTheSecondTimeSaysSo() {
    CliRun first = announce("vpp");
    CliRun second = announce("vpp");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .contains("New webinar: VPP in depth")
        .endsWith("announcement of vpp:\n  posted to: console:stdout\n");
    assertThat(second.out())
        .isEqualTo("announcement of vpp:\n  already posted to: console:stdout\n");
  }

  @Test
  void givenADryRun_whenAnnounced_thenNothingIsPostedAndALaterRealRunStillPosts() {
    CliRun dry = announce("vpp", "--dry-run");
    CliRun real = announce("vpp", "--kind", "reminder-1d");

    assertThat(dry.out())
        .isEqualTo(
            "announcement of vpp (dry run, nothing posted):\n  would post to: console:stdout\n");
    assertThat(real.out()).contains("In 1 day: VPP in depth").contains("posted to: console:stdout");
  }

  @Test
  void givenAnUnknownKind_whenAnnounced_thenAUsageErrorListsTheKinds() {
    CliRun r = announce("vpp", "--kind", "shout");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains(
            "unknown kind \"shout\"; use one of announcement, reminder-7d, reminder-1d, reminder-1h,"
                + " starting, update, cancellation, followup");
  }

  @Test
  void givenAMistypedId_whenAnnounced_thenItFailsWithASuggestion() {
    CliRun r = announce("vpq");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("no webinar with id \"vpq\"; did you mean vpp?");
  }
}
