package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.deploy.Yamls.listAt;
import static webinarbot.testing.deploy.Yamls.map;
import static webinarbot.testing.deploy.Yamls.mapAt;
import static webinarbot.testing.deploy.Yamls.stringAt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import webinarbot.testing.GitSite;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.ProjectFacts;
import webinarbot.testing.deploy.ShellWords;

/**
 * deploy/github/webinar-review.yml: the workflow parses, its review command is one the jar has, and
 * its shell steps, run as the runner runs them (bash -e) in a real pull request merge commit, write
 * the job summary and create one comment that later runs update, through a fake {@code gh}.
 */
class GithubReviewWorkflowTest {
  private static final Path FILE = DeployFiles.deploy("github/webinar-review.yml");
  private static final Map<String, Object> WORKFLOW = DeployFiles.yaml(FILE);
  private static final List<Map<String, Object>> STEPS =
      listAt(WORKFLOW, "jobs", "review", "steps").stream().map(s -> map(s, "steps")).toList();

  @TempDir Path dir;
  Path site;
  Path bin;
  Path calls;

  private static Map<String, Object> step(String name) {
    return STEPS.stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
  }

  private static String run(String name) {
    return String.valueOf(step(name).get("run"));
  }

  /** The base, a pull request branch that adds a talk, and GitHub's merge commit of the two. */
  @BeforeEach
  void pullRequest() throws IOException {
    GitSite git = new GitSite(dir.resolve("site"));
    git.talk("vpp.md", "VPP", "2030-03-05", "8:00am - 9:00am PST", "");
    git.commit("one talk", Instant.parse("2030-02-20T12:00:00Z"));
    git.branch("add-memif");
    git.talk("memif.md", "memif", "2030-03-26", "9:00am - 10:00am PDT", "");
    git.commit("add memif", Instant.parse("2030-02-28T12:00:00Z"));
    git.switchTo("main");
    git.merge("add-memif", Instant.parse("2030-03-01T12:00:00Z"));
    git.close();
    site = git.top();
    // The webinar-bot checkout the workflow makes: the comment script is taken from there.
    Path scripts = Files.createDirectories(site.resolve(".webinar-bot/deploy/github"));
    Files.copy(
        DeployFiles.repository().resolve("deploy/github/review-comment.sh"),
        scripts.resolve("review-comment.sh"),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    bin = Files.createDirectories(dir.resolve("bin"));
    calls = dir.resolve("gh-calls.txt");
    executable(bin.resolve("gh"), FAKE_GH);
    executable(bin.resolve("java"), fakeJava());
  }

  /**
   * A stand-in for {@code gh api}: records each call; keeps the comments it was asked to create in
   * a folder, one file per id, and answers a listing with the ids whose body has the marker.
   */
  private static final String FAKE_GH =
      """
      #!/usr/bin/env bash
      set -euo pipefail
      store="$(dirname "$0")/comments"; mkdir -p "$store"
      echo "$*" >> "$GH_CALLS"
      method=GET; body=""
      while [ $# -gt 0 ]; do
        case "$1" in
          --method) method=$2; shift 2 ;;
          -F) body=${2#body=@}; shift 2 ;;
          --jq|--paginate|api) [ "$1" = --jq ] && shift; shift ;;
          *) path=$1; shift ;;
        esac
      done
      case "$method" in
        GET) { grep -lF -- '<!-- webinar-bot-review -->' "$store"/* 2>/dev/null || true; } | xargs -r -n1 basename ;;
        POST) id=$(( $(ls "$store" | wc -l) + 4001 )); cp "$body" "$store/$id"; echo "{\\"id\\": $id}" ;;
        PATCH) cp "$body" "$store/${path##*/}"; echo '{}' ;;
      esac
      """;

  /** {@code java … -jar webinar-bot.jar ARGS}: the bot of this build, on the test class path. */
  private static String fakeJava() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "#!/usr/bin/env bash\n"
        + "jvm=()\n"
        + "while [ \"$1\" != -jar ]; do jvm+=(\"$1\"); shift; done\n"
        + "shift 2\n"
        + "exec '"
        + java
        + "' \"${jvm[@]}\" -cp '"
        + System.getProperty("java.class.path")
        + "' webinarbot.Main \"$@\"\n";
  }

  private static void executable(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs a step's script as the runner does ({@code bash -e}), with the workflow's env. */
  private int runStep(String name, Map<String, String> extra) throws Exception {
    return runScript(name, run(name), extra);
  }

  private int runScript(String name, String script, Map<String, String> extra) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(site.toFile());
    Map<String, String> env = pb.environment();
    mapAt(WORKFLOW, "env").forEach((k, v) -> env.put(k, String.valueOf(v)));
    env.put("WEBINARBOT_SITE_BASE_URL", "https://fd.io");
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("RUNNER_TEMP", dir.toString());
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
    env.put("GITHUB_REPOSITORY", "FDio/site");
    env.put("GH_CALLS", calls.toString());
    env.putAll(extra);
    Path log = dir.resolve(name.replace(' ', '-') + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    if (p.exitValue() != 0) {
      throw new AssertionError(name + " exited " + p.exitValue() + ":\n" + Files.readString(log));
    }
    return p.exitValue();
  }

  private List<String> ghCalls() throws IOException {
    return Files.readAllLines(calls);
  }

  @Test
  void givenAPullRequest_thenTheReviewGoesToTheSummaryAndOneCommentThatLaterRunsUpdate()
      throws Exception {
    assertThat(runStep("Review the change", Map.of())).isZero();
    String report = Files.readString(site.resolve("review.md"));
    assertThat(report)
        .startsWith("<!-- webinar-bot-review -->\n")
        .contains("**1 new talk: 4 posts planned**")
        .contains("### New: memif");
    assertThat(Files.readString(dir.resolve("summary.md"))).isEqualTo(report);
    assertThat(Files.readString(dir.resolve("output"))).isEqualTo("status=0\n");

    Map<String, String> pr = Map.of("PR_NUMBER", "42", "GH_TOKEN", "not-a-real-token");
    assertThat(runStep("Comment on the pull request", pr)).isZero();
    assertThat(runStep("Comment on the pull request", pr)).isZero();

    List<String> calls = ghCalls();
    assertThat(calls).hasSize(4);
    assertThat(calls.get(0)).startsWith("api --paginate repos/FDio/site/issues/42/comments --jq ");
    assertThat(calls.get(1))
        .startsWith("api --method POST repos/FDio/site/issues/42/comments -F body=@");
    assertThat(calls.get(2)).startsWith("api --paginate repos/FDio/site/issues/42/comments");
    assertThat(calls.get(3))
        .startsWith("api --method PATCH repos/FDio/site/issues/comments/4001 -F body=@");
    Path comments = bin.resolve("comments");
    assertThat(Files.list(comments).toList()).containsExactly(comments.resolve("4001"));
    assertThat(Files.readString(comments.resolve("4001"))).isEqualTo(report);
  }

  @Test
  void givenABrokenPage_thenTheReviewStepPassesStatusOneAndTheLastStepFails() throws Exception {
    Files.writeString(
        site.resolve(GitSite.WEBINARS + "/memif.md"),
        "+++\ntitle = \"memif\"\ndate = \"soon\"\n+++\n");
    // Reviewed as the working tree against the merge commit: the command as written, another head.
    String step = run("Review the change").replace("--head HEAD ", "");
    assertThat(runScript("review of the working tree", step, Map.of())).isZero();
    assertThat(Files.readString(dir.resolve("output"))).isEqualTo("status=1\n");
    assertThat(Files.readString(dir.resolve("summary.md")))
        .contains("**No talk changes: 1 new lint error**");
    assertThat(stringAt(step("Fail on new lint errors"), "if"))
        .isEqualTo("steps.review.outputs.status == '1'");
  }

  @Test
  void givenTheScript_thenAReportWithoutTheMarkerIsRefused() throws Exception {
    Path report = Files.writeString(dir.resolve("other.md"), "# something else\n");
    ProcessBuilder pb =
        new ProcessBuilder(
            DeployFiles.repository().resolve("deploy/github/review-comment.sh").toString(),
            report.toString());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("GITHUB_REPOSITORY", "FDio/site");
    pb.environment().put("PR_NUMBER", "42");
    pb.environment().put("GH_CALLS", calls.toString());
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(out).contains("has no '<!-- webinar-bot-review -->' line");
    assertThat(calls).doesNotExist();
  }

  @Test
  void givenTheWorkflow_thenItRunsOnContentChangesWithTheRightsToCommentAndTheBotsOwnOptions() {
    assertThat(listAt(WORKFLOW, Boolean.TRUE, "pull_request", "paths")).contains("content/**");
    assertThat(stringAt(WORKFLOW, "permissions", "pull-requests")).isEqualTo("write");
    assertThat(stringAt(STEPS.get(0), "with", "fetch-depth")).isEqualTo("2");
    String command =
        run("Review the change")
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("java "))
            .findFirst()
            .orElseThrow()
            .replaceFirst("\\s*>.*$", "");
    Map<String, String> vars = new LinkedHashMap<>();
    mapAt(WORKFLOW, "env").forEach((k, v) -> vars.put(k, String.valueOf(v)));
    vars.put("RUNNER_TEMP", "/home/runner/work/_temp");
    List<String> words = ShellWords.split(command, vars);
    List<String> args = new ArrayList<>(words.subList(words.indexOf("-jar") + 2, words.size()));
    CommandLine.ParseResult parsed = ProjectFacts.parseCommandLine(args);

    assertThat(ProjectFacts.subcommand(parsed)).isEqualTo("review");
    assertThat(parsed.subcommand().matchedOptionValue("--base", "")).isEqualTo("HEAD^1");
    assertThat(parsed.subcommand().matchedOptionValue("--head", "")).isEqualTo("HEAD");
    assertThat(words).containsSequence("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    assertThat(
            Files.isExecutable(DeployFiles.repository().resolve("deploy/github/review-comment.sh")))
        .isTrue();
    assertThat(run("Comment on the pull request"))
        .isEqualTo(".webinar-bot/deploy/github/review-comment.sh review.md");
    ProjectFacts.assertKnown(
        vars.keySet().stream().filter(k -> !k.equals("RUNNER_TEMP")).toList(),
        "webinar-review.yml");
  }
}
