package webinarbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.CliRun;
import webinarbot.testing.GitSite;

/**
 * Where the two sides of a review come from (refs, folders, the working tree), that every way reads
 * the site as the reader does, and what a bad side, a hostile title or another zone does.
 */
class ReviewSidesTest {
  @TempDir Path dir;
  GitSite site;

  @BeforeEach
  void twoCommits() {
    site = new GitSite(dir.resolve("site"));
    site.talk("vpp.md", "VPP", "2030-03-05", "8:00am - 9:00am PST", "")
        .talk("csit.md", "CSIT", "2030-03-12", "9:00am - 10:00am PDT", "");
    site.commit("two talks", Instant.parse("2030-02-20T12:00:00Z"));
    site.tag("base");
    site.talk("vpp.md", "VPP", "2030-03-06", "8:00am - 9:00am PST", "")
        .talk("memif.md", "memif", "2030-03-26", "9:00am - 10:00am PDT", "");
    site.commit("move vpp, add memif", Instant.parse("2030-03-01T12:00:00Z"));
    site.tag("head");
  }

  CliRun review(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("--content", site.webinars().toString(), "review"));
    all.addAll(List.of(args));
    return CliRun.run(env, ReviewCliTest.CLOCK, all.toArray(String[]::new));
  }

  CliRun review(String... args) {
    return review(ReviewCliTest.ENV, args);
  }

  /** The report without its "Compared X with Y" line, which names the sides as given. */
  static String findings(String markdown) {
    return markdown.replaceAll("(?m)^Compared .*$", "");
  }

  @Test
  void aFolderAndARefOfTheSameCommitGiveTheSameReview() {
    Path copy = site.checkout("base", dir.resolve("base-copy"));

    CliRun byRef = review("--base", "base", "--head", "head", "--format", "markdown");
    CliRun byFolder = review("--base", copy.toString(), "--head", "head", "--format", "markdown");

    assertThat(byRef.exitCode()).isZero();
    assertThat(byFolder.exitCode()).isZero();
    assertThat(byRef.out())
        .contains("**1 new talk, 1 moved: 14 posts planned, 2 update notices, 2 edits**");
    assertThat(findings(byFolder.out())).isEqualTo(findings(byRef.out()));
  }

  @Test
  void withoutHeadTheWorkingTreeIsReviewedAsOfItsCheckedOutCommit() {
    site.talk("hicn.md", "hICN", "2030-03-19", "9:00am - 10:00am PDT", "");

    CliRun r = review("--base", "head", "--format", "markdown");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("**1 new talk: 8 posts planned**")
        .contains("with `working tree`")
        .contains("as of Fri 2030-03-01 12:00 UTC (the checked-out commit's time)");
  }

  @Test
  void nowGivenOnTheCommandLineWinsOverTheCommitTime() {
    CliRun r = review("--base", "base", "--head", "head", "--now", "2030-03-05T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("planned as of Tue 2030-03-05 00:00 UTC (--now)");
  }

  @Test
  void aChangedSiteConfigurationIsReadWholeOnBothSides() {
    site.write(
        "hugo.toml", "baseURL = \"https://fd.io/\"\n[permalinks]\nnews = \"/talks/:slug/\"\n");
    site.commit("new permalinks", Instant.parse("2030-03-01T13:00:00Z"));

    CliRun r = review("--base", "head", "--head", "HEAD", "--format", "markdown");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("**3 changed: 22 posts planned, 2 edits**")
        .contains("| page | https://fd.io/news/webinars/csit/ | https://fd.io/talks/csit/ |")
        .contains("| page | https://fd.io/news/webinars/memif/ | https://fd.io/talks/memif/ |");
  }

  @Test
  void aSectionPageCascadeReachesEveryTalkOfTheSection() {
    site.write(
        GitSite.WEBINARS + "/_index.md",
        "+++\ntitle = \"Webinars\"\n[cascade]\neventurl = \"https://zoom.example.org/j/fdio\"\n+++\n");
    site.commit("one meeting link for all", Instant.parse("2030-03-01T13:00:00Z"));

    CliRun r = review("--base", "head", "--head", "HEAD", "--format", "json");

    assertThat(r.exitCode()).isZero();
    JsonNode json = json(r.out());
    assertThat(json.get("talks")).hasSize(3);
    for (JsonNode t : json.get("talks")) {
      assertThat(t.get("changes").get(0).get("field").asText()).isEqualTo("event link");
      assertThat(t.get("changes").get(0).get("after").asText())
          .isEqualTo("https://zoom.example.org/j/fdio");
    }
  }

  @Test
  void aRefThatNamesNoCommitIsAUsageError() {
    CliRun r = review("--base", "origin/nowhere");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--base origin/nowhere: no such folder, nor a commit of that name in " + site.top());
  }

  @Test
  void baseIsRequired() {
    CliRun r = review("--head", "head");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--base=DIR|REF'");
  }

  @Test
  void pageTextCannotMentionFormatOrCloseTheCommentsHtml() {
    site.talk(
        "hostile.md",
        "@fdio/maintainers </details> | **urgent** <!-- x -->",
        "2030-03-20",
        "9:00am - 10:00am PDT",
        "");
    site.commit("hostile title", Instant.parse("2030-03-01T13:00:00Z"));

    String all = review("--base", "head", "--head", "HEAD", "--format", "markdown").out();
    // Code blocks show the posts as they are: GitHub neither mentions nor renders in them.
    String md = all.replaceAll("(?s)```[a-z]*\n.*?\n```\n", "");

    assertThat(all).contains("```text\nIn 7 days: @fdio/maintainers </details>");
    assertThat(md)
        .contains(
            "### New: @\u2060fdio/maintainers &lt;/details&gt; \\| \\*\\*urgent\\*\\* &lt;\\!-- x --&gt;")
        .doesNotContain("@fdio/")
        .doesNotContain("<!-- x -->");
    assertThat(md.split("<!-- ", -1)).hasSize(2);
  }

  @Test
  void theTimelineShowsTheZonesOfReviewZones() {
    Map<String, String> env = new HashMap<>(ReviewCliTest.ENV);
    env.put("WEBINARBOT_REVIEW_ZONES", "Asia/Tokyo");

    CliRun r = review(env, "--base", "base", "--head", "head", "--format", "markdown");
    CliRun shown = CliRun.run(env, ReviewCliTest.CLOCK, "config", "--show");

    assertThat(r.out())
        .contains("| UTC | Asia/Tokyo | Post | Talk | Channels |")
        .contains("| Tue 2030-03-05 16:00 | Wed 2030-03-06 01:00 | reminder-1d | VPP |");
    assertThat(shown.out())
        .containsPattern(
            "\\[review\\]\nzones = \\[\"Asia/Tokyo\"\\] +# environment: WEBINARBOT_REVIEW_ZONES");
  }

  @Test
  void textAndJsonSayTheSameAsTheMarkdown() {
    CliRun text = review("--base", "base", "--head", "head");
    JsonNode json = json(review("--base", "base", "--head", "head", "--format", "json").out());

    assertThat(text.out())
        .contains("1 new talk, 1 moved: 14 posts planned, 2 update notices, 2 edits")
        .contains("changed: VPP (vpp, content/news/webinars/vpp.md)")
        .contains("  calendar: entry updated");
    assertThat(json.get("summary").asText())
        .isEqualTo("1 new talk, 1 moved: 14 posts planned, 2 update notices, 2 edits");
    assertThat(json.get("timeline").get(0).get("kind").asText()).isEqualTo("update");
    assertThat(json.get("timeline").get(0).get("local").get("Europe/Berlin").asText())
        .isEqualTo("2030-03-01T13:00+01:00");
    assertThat(json.get("bringsErrors").asBoolean()).isFalse();
  }

  private static JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (java.io.IOException e) {
      throw new AssertionError(s, e);
    }
  }
}
