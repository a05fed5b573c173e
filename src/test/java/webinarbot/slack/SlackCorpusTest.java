package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.delivery.Post;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.CliRun;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.JsonSnapshots;

/** Every real FD.io page, announced in Slack: the exact blocks, committed as snapshots. */
class SlackCorpusTest {
  private final SlackRenderer renderer = new SlackRenderer();

  static Stream<String> pages() {
    return FdioCorpus.load().catalogue().all().stream().map(Webinar::id);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void givenACorpusPage_whenAnnounced_thenTheBlocksMatchTheSnapshot(String id) {
    String json = renderer.render(new Post.About(PostKind.ANNOUNCEMENT, FdioCorpus.webinar(id)));

    JsonSnapshots.assertMatches("slack/fdio/" + id + ".json", json);
    SlackPayloads.assertWithinLimits(json);
    SlackPayloads.assertMentionFree(json);
  }

  @Test
  void givenTheWholeCorpus_whenSnapshotted_thenEveryWebinarPageHasOne() {
    // 25 files: 24 webinars and the section's _index.md
    assertThat(pages().toList()).hasSize(24);
  }

  @Test
  void givenACorpusPage_whenPreviewedForSlack_thenTheCommandPrintsExactlyWhatWouldBeSent() {
    String id = "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes";

    CliRun r =
        CliRun.fdio(
            "--content", FdioCorpus.folder().toString(), "preview", id, "--platform", "slack");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            renderer.render(new Post.About(PostKind.ANNOUNCEMENT, FdioCorpus.webinar(id))) + "\n");
    assertThat(SlackPayloads.parse(r.out()).fieldNames())
        .toIterable()
        .containsExactly("text", "blocks");
  }

  @Test
  void givenAPreviewOfAReminder_whenAskedForSlack_thenTheReminderWordingIsUsed() {
    CliRun r =
        CliRun.fdio(
            "--content",
            FdioCorpus.folder().toString(),
            "preview",
            "vpp_in_home_lab",
            "--platform",
            "slack",
            "--kind",
            "reminder-1d");

    assertThat(SlackPayloads.parse(r.out()).get("text").asText())
        .startsWith("Starts in 1 day: VPP in your home lab?");
    assertThat(List.of(r.err())).containsExactly("");
  }
}
