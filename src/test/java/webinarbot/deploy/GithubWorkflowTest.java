package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.deploy.Yamls.listAt;
import static webinarbot.testing.deploy.Yamls.map;
import static webinarbot.testing.deploy.Yamls.mapAt;
import static webinarbot.testing.deploy.Yamls.stringAt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.ProjectFacts;
import webinarbot.testing.deploy.ShellWords;

/** deploy/github/webinar-lint.yml calls only commands and options the jar really has. */
class GithubWorkflowTest {
  private static final Map<String, Object> WORKFLOW =
      DeployFiles.yaml(DeployFiles.deploy("github/webinar-lint.yml"));
  private static final List<Map<String, Object>> STEPS =
      listAt(WORKFLOW, "jobs", "webinars", "steps").stream().map(s -> map(s, "steps")).toList();

  /** The workflow's env, plus what the runner and the preview loop provide. */
  private static Map<String, String> variables(String platform) {
    Map<String, String> vars = new LinkedHashMap<>();
    mapAt(WORKFLOW, "env").forEach((k, v) -> vars.put(k, String.valueOf(v)));
    vars.put("RUNNER_TEMP", "/home/runner/work/_temp");
    vars.put("GITHUB_BASE_REF", "main");
    vars.put("id", "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes");
    vars.put("platform", platform);
    return vars;
  }

  /** Every {@code java … -jar …} line in a run script, split into words. */
  private static List<List<String>> javaCommands(String platform) {
    List<List<String>> commands = new ArrayList<>();
    for (Map<String, Object> step : STEPS) {
      Object run = step.get("run");
      for (String line : run == null ? new String[0] : String.valueOf(run).split("\n")) {
        String command = line.strip().replaceFirst("\\s*>.*$", "");
        if (command.startsWith("java ")) {
          commands.add(ShellWords.split(command, variables(platform)));
        }
      }
    }
    return commands;
  }

  private static List<String> botArguments(List<String> javaCommand) {
    return javaCommand.subList(javaCommand.indexOf("-jar") + 2, javaCommand.size());
  }

  @Test
  void givenEveryJavaCommand_thenItUsesTheOneShotFlagsAndTheJarThePomBuilds() {
    List<List<String>> commands = javaCommands("slack");

    assertThat(commands).hasSize(3);
    for (List<String> c : commands) {
      assertThat(c).containsSequence("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
      assertThat(c.get(c.indexOf("-jar") + 1)).endsWith("/" + ProjectFacts.jarName());
    }
    String fetch =
        STEPS.stream()
            .filter(s -> "Get webinar-bot.jar".equals(s.get("name")))
            .map(s -> String.valueOf(s.get("run")))
            .findFirst()
            .orElseThrow();
    assertThat(fetch).contains(".webinar-bot/target/" + ProjectFacts.jarName());
  }

  @Test
  void givenTheCommands_thenLintListAndPreviewParseAsTheJarWouldParseThem() {
    List<String> subcommands = new ArrayList<>();
    for (String platform : List.of("slack", "discord")) {
      for (List<String> c : javaCommands(platform)) {
        CommandLine.ParseResult parsed = ProjectFacts.parseCommandLine(botArguments(c));
        subcommands.add(ProjectFacts.subcommand(parsed));
        if (ProjectFacts.subcommand(parsed).equals("preview")) {
          assertThat(parsed.subcommand().matchedOptionValue("--platform", "")).isEqualTo(platform);
        }
      }
    }

    assertThat(subcommands).containsExactly("lint", "list", "preview", "lint", "list", "preview");
    assertThat(String.join(" ", botArguments(javaCommands("slack").get(0))))
        .endsWith("lint --format github");
  }

  @Test
  void givenTheTrigger_thenPullRequestsTouchingTheContentFolderRunIt() {
    String content = stringAt(WORKFLOW, "env", "WEBINAR_CONTENT");

    // YAML 1.1 (snakeyaml) reads the key `on` as the boolean true; GitHub reads it as "on".
    assertThat(listAt(WORKFLOW, Boolean.TRUE, "pull_request", "paths"))
        .containsExactly(content + "/**");
    assertThat(stringAt(STEPS.get(1), "with", "java-version")).isEqualTo("17");
    assertThat(stringAt(STEPS.get(STEPS.size() - 1), "with", "path")).isEqualTo("previews/");
  }

  @Test
  void givenTheEnvironment_thenTheBotsVariablesAreKnownAndItWouldStart() {
    Map<String, String> env = new LinkedHashMap<>();
    mapAt(WORKFLOW, "env").forEach((k, v) -> env.put(k, String.valueOf(v)));

    ProjectFacts.assertKnown(env.keySet(), "webinar-lint.yml");
    assertThat(ProjectFacts.settings(env, Optional.empty()).site().baseUrl())
        .hasToString("https://fd.io/");
  }
}
