package webinarbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.GitSite;

/** {@code review} over the 25 real FD.io pages, as a pull request to FD.io's site would run it. */
class FdioReviewTest {
  @TempDir Path dir;

  @Test
  void aRecordingAddedAfterTheTalkIsAFollowUpWhereItWasAnnounced() throws IOException {
    GitSite site = new GitSite(dir.resolve("site"));
    try (var pages = Files.list(FdioCorpus.folder())) {
      for (Path p : pages.toList()) {
        site.write(GitSite.WEBINARS + "/" + p.getFileName(), Files.readString(p));
      }
    }
    site.commit("FD.io's webinars", Instant.parse("2025-03-01T12:00:00Z"));
    // FOSDEM 2021's Calico/VPP talk: the one page of the corpus without a recording.
    String calico =
        GitSite.WEBINARS
            + "/2021_02_07_calico_vpp_all_you_can_eat_networking_bringing_kubernetes_goodness_to_your"
            + "_hungriest_workloads.md";
    String page = Files.readString(site.top().resolve(calico));
    site.write(
        calico,
        page.replaceFirst(
            "(?m)^type = \"webinar\"$",
            "type = \"webinar\"\nyoutubeurl = \"https://www.youtube.com/watch?v=calico2021\""));
    site.commit("Calico/VPP: the recording", Instant.parse("2025-03-02T12:00:00Z"));

    CliRun r =
        CliRun.run(
            ReviewCliTest.ENV,
            ReviewCliTest.CLOCK,
            "--content",
            site.webinars().toString(),
            "review",
            "--base",
            "HEAD~1",
            "--format",
            "markdown");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("**1 changed: 2 follow-ups, 8 edits**")
        .contains("| video link | none | https://www.youtube.com/watch?v=calico2021 |")
        .contains("Slides and video now available: ")
        .contains("### Lint: introduced by this change\n\nNone.");
    site.close();
  }
}
