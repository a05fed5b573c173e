package webinarbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.GitSite;
import webinarbot.testing.JsonSnapshots;

/**
 * {@code review} between commits of a real git repository: a talk added, moved, its links edited,
 * cancelled, deleted, and a page broken. Each review is compared with a committed markdown file.
 */
class ReviewCliTest {
  static final Map<String, String> ENV =
      Map.of(
          "WEBINARBOT_SITE_BASE_URL", "https://fd.io/",
          "WEBINARBOT_SLACK_CHANNELS", "C0WEBINARS",
          "WEBINARBOT_DISCORD_CHANNELS", "1100000000000000001");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static GitSite site;
  static final List<String> COMMITS = new ArrayList<>();

  @BeforeAll
  static void history() {
    site = new GitSite(dir.resolve("site"));
    site.talk("dpdk-meetup.md", "DPDK meetup", "2030-03-04", "8:00am - 9:00am PST", "")
        .talk("vpp-intro.md", "Introduction to VPP", "2030-03-05", "8:00am - 9:00am PST", "")
        .talk(
            "csit-perf.md",
            "CSIT performance testing",
            "2030-03-12",
            "9:00am - 10:00am PDT",
            "eventurl = \"https://zoom.example.org/j/1\"\n")
        .talk("hicn.md", "hICN in practice", "2030-03-19", "9:00am - 10:00am PDT", "");
    COMMITS.add(commit("four talks", Instant.parse("2030-02-20T12:00:00Z")));
    site.talk(
        "memif.md", "Shared memory packet interfaces", "2030-03-26", "9:00am - 10:00am PDT", "");
    COMMITS.add(commit("add memif", Instant.parse("2030-03-01T12:00:00Z")));
    site.talk("vpp-intro.md", "Introduction to VPP", "2030-03-06", "8:00am - 9:00am PST", "");
    COMMITS.add(commit("move vpp-intro a day later", Instant.parse("2030-03-01T13:00:00Z")));
    site.talk(
        "csit-perf.md",
        "CSIT performance testing",
        "2030-03-12",
        "9:00am - 10:00am PDT",
        "eventurl = \"https://zoom.example.org/j/2\"\n"
            + "youtubeurl = \"https://www.youtube.com/watch?v=csit\"\n"
            + "pdfurl = \"/assets/csit.pdf\"\n");
    COMMITS.add(
        commit("csit: new meeting link, slides, video", Instant.parse("2030-03-01T14:00:00Z")));
    site.talk(
        "vpp-intro.md",
        "Introduction to VPP",
        "2030-03-06",
        "8:00am - 9:00am PST",
        "cancelled = true\n");
    COMMITS.add(commit("cancel vpp-intro", Instant.parse("2030-03-01T15:00:00Z")));
    site.delete(GitSite.WEBINARS + "/dpdk-meetup.md");
    COMMITS.add(commit("drop the DPDK meetup", Instant.parse("2030-03-01T16:00:00Z")));
    site.talk(
        "memif.md",
        "Shared memory packet interfaces",
        "\"next spring\"",
        "9:00am - 10:00am PDT",
        "");
    COMMITS.add(commit("memif: date to be decided", Instant.parse("2030-03-01T17:00:00Z")));
  }

  /** Commits and tags the commit {@code tN}, as the review names it. */
  static String commit(String message, Instant at) {
    String id = site.commit(message, at);
    site.tag("t" + COMMITS.size());
    return id;
  }

  static CliRun review(String... args) {
    List<String> all = new ArrayList<>(List.of("--content", site.webinars().toString(), "review"));
    all.addAll(List.of(args));
    return CliRun.run(ENV, CLOCK, all.toArray(String[]::new));
  }

  static CliRun markdown(int from, int to) {
    return review("--base", "t" + from, "--head", "t" + to, "--format", "markdown");
  }

  /** The commit ids change with every run of the test (new repository, same content): name them. */
  static String stable(String markdown) {
    String out = markdown;
    for (int i = 0; i < COMMITS.size(); i++) {
      out = out.replace(COMMITS.get(i).substring(0, 12), "c" + i);
    }
    return out;
  }

  @Test
  void aNewTalkIsAnnouncedAndGetsItsReminders() {
    CliRun r = markdown(0, 1);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("<!-- webinar-bot-review -->\n")
        .contains("**1 new talk: 8 posts planned**");
    JsonSnapshots.assertMatches("review/added.md", stable(r.out()));
  }

  @Test
  void aMovedTalkThatWasAnnouncedGetsAnUpdateNoticeAndItsPostsEdited() {
    CliRun r = markdown(1, 2);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("**1 moved: 6 posts planned, 2 update notices, 2 edits**")
        .contains("| time | Tuesday 5 March 2030, 08:00–09:00 America/Los\\_Angeles");
    JsonSnapshots.assertMatches("review/moved.md", stable(r.out()));
  }

  @Test
  void newLinksOfATalkNotYetAnnouncedChangeItsPostsOnly() {
    CliRun r = markdown(2, 3);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("**1 changed: 8 posts planned**")
        .contains("| video link | none |");
    JsonSnapshots.assertMatches("review/links.md", stable(r.out()));
  }

  @Test
  void aCancelledTalkGetsACancellationWhereItWasAnnounced() {
    CliRun r = markdown(3, 4);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("**1 cancelled: 2 cancellations, 2 edits**");
    JsonSnapshots.assertMatches("review/cancelled.md", stable(r.out()));
  }

  @Test
  void aDeletedTalkIsCancelledWhereItWasAnnounced() {
    CliRun r = markdown(4, 5);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("**1 removed: 2 cancellations, 2 edits**");
    JsonSnapshots.assertMatches("review/removed.md", stable(r.out()));
  }

  @Test
  void aBrokenPageIsAnErrorTheChangeBringsAndTheTalkIsKept() {
    CliRun r = markdown(5, 6);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("**1 with errors: 1 new lint error**");
    JsonSnapshots.assertMatches("review/broken.md", stable(r.out()));
  }
}
