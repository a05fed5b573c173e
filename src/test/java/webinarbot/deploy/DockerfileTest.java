package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import webinarbot.config.Settings;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.Dockerfile;
import webinarbot.testing.deploy.ProjectFacts;

/** deploy/Dockerfile builds this project's jar and runs it as the rest of the project expects. */
class DockerfileTest {
  private static final Dockerfile DOCKERFILE = Dockerfile.read(DeployFiles.deploy("Dockerfile"));

  @Test
  void givenTheTwoStages_thenMavenOnJdk17BuildsAndAJre17Runs() {
    List<Dockerfile.Instruction> from = DOCKERFILE.all("FROM");

    assertThat(from).hasSize(2);
    assertThat(from.get(0).arguments()).matches("maven:3\\.\\d+-eclipse-temurin-17 AS build");
    assertThat(from.get(1).arguments()).isEqualTo("eclipse-temurin:17-jre");
  }

  @Test
  void givenTheBuildStage_thenItCopiesFilesThatExistAndThePomsJarIsWhatTheRuntimeRuns() {
    Path repo = DeployFiles.repository();
    for (Dockerfile.Instruction copy : DOCKERFILE.all("COPY")) {
      if (copy.stage() == 0) {
        String source = copy.arguments().split("\\s+")[0];
        assertThat(repo.resolve(source)).as("COPY %s", source).exists();
      }
    }
    String jar = "/app/" + ProjectFacts.jarName();

    assertThat(DOCKERFILE.runtime("COPY"))
        .extracting(Dockerfile.Instruction::arguments)
        .contains("--from=build /src/target/" + ProjectFacts.jarName() + " " + jar);
    assertThat(DOCKERFILE.only("ENTRYPOINT").execForm())
        .containsExactly("java", "-XX:SharedArchiveFile=/app/webinar-bot.jsa", "-jar", jar);
    assertThat(DeployFiles.text(DeployFiles.deploy("Dockerfile.dockerignore")))
        .contains("!pom.xml", "!.mvn/", "!src/");
  }

  @Test
  void givenTheClassDataSharingStep_thenItTrainsOnServeAndWritesTheArchiveTheEntrypointMaps()
      throws Exception {
    String training =
        DOCKERFILE.runtime("RUN").stream()
            .map(Dockerfile.Instruction::arguments)
            .filter(r -> r.contains("-XX:ArchiveClassesAtExit="))
            .findFirst()
            .orElseThrow();
    List<String> command =
        List.of(
            training.substring(training.indexOf("java "), training.indexOf(" >")).split("\\s+"));
    int jar = command.indexOf("-jar") + 1;

    assertThat(command.get(1)).isEqualTo("-XX:ArchiveClassesAtExit=/app/webinar-bot.jsa");
    assertThat(command.get(jar)).isEqualTo(DOCKERFILE.only("ENTRYPOINT").execForm().get(3));
    assertThat(
            ProjectFacts.subcommand(
                ProjectFacts.parseCommandLine(command.subList(jar + 1, command.size()))))
        .isEqualTo("serve");
    // It waits for the bot's own readiness on the port the image exposes.
    assertThat(training)
        .contains("http://127.0.0.1:" + ProjectFacts.defaultHttpPort() + "/readyz")
        .contains("test -s /app/webinar-bot.jsa");
    Map<String, String> env = new HashMap<>();
    Matcher m = Pattern.compile("(WEBINARBOT_[A-Z_]+)=(\\S+)").matcher(training);
    while (m.find()) {
      env.put(m.group(1), m.group(2));
    }
    assertThat(env).containsKeys("WEBINARBOT_CONTENT_DIR", "WEBINARBOT_STORAGE_JDBC_URL");
    ProjectFacts.assertKnown(env.keySet(), "the training start");
    assertThat(ProjectFacts.settings(env, Optional.empty()).storage().jdbcUrl())
        .startsWith("jdbc:h2:mem:");
    ProjectFacts.assertServed(List.of("/readyz"));
  }

  @Test
  void givenTheRuntimeStage_thenItRunsAsAnUnprivilegedUser() {
    String user = DOCKERFILE.only("USER").arguments();

    assertThat(user).doesNotStartWith("0").isNotEqualTo("root").matches("\\d+:\\d+");
  }

  @Test
  void givenThePortAndHealthcheck_thenTheyAreTheBotsPortAndItsLivenessPath() throws Exception {
    int port = ProjectFacts.defaultHttpPort();
    String healthcheck = DOCKERFILE.only("HEALTHCHECK").arguments();

    assertThat(DOCKERFILE.only("EXPOSE").arguments()).isEqualTo(String.valueOf(port));
    assertThat(healthcheck).contains("CMD curl -fsS http://127.0.0.1:" + port + "/healthz");
    ProjectFacts.assertServed(List.of("/healthz"));
    // curl is not promised by the JRE image: the Dockerfile installs it.
    assertThat(DOCKERFILE.runtime("RUN").get(0).arguments()).contains("install", "curl");
  }

  @Test
  void givenTheImagesSettings_thenTheyAreInItsFileNotInEnvAndTheDatabaseLivesOnTheVolume() {
    Map<String, String> env = DOCKERFILE.env();
    ProjectFacts.assertKnown(env.keySet(), "Dockerfile");
    // A WEBINARBOT_* ENV would win over every settings file an operator gives the bot.
    assertThat(env.keySet()).noneMatch(k -> k.startsWith("WEBINARBOT_"));
    assertThat(DOCKERFILE.runtime("COPY"))
        .extracting(Dockerfile.Instruction::arguments)
        .contains(
            "deploy/image/webinar-bot.toml "
                + DOCKERFILE.only("WORKDIR").arguments()
                + "/webinar-bot.toml");
    Settings settings =
        ProjectFacts.settings(env, Optional.of(DeployFiles.deploy("image/webinar-bot.toml")));

    assertThat(DOCKERFILE.only("VOLUME").execForm()).containsExactly("/data");
    assertThat(settings.storage().jdbcUrl()).startsWith("jdbc:h2:file:/data/");
    assertThat(settings.content().dir()).isEqualTo(Path.of("/content"));
    assertThat(DOCKERFILE.only("CMD").execForm()).containsExactly("serve");
    assertThat(
            ProjectFacts.subcommand(
                ProjectFacts.parseCommandLine(DOCKERFILE.only("CMD").execForm())))
        .isEqualTo("serve");
    // The default config file is read from the working directory, where compose mounts it.
    assertThat(DOCKERFILE.only("WORKDIR").arguments()).isEqualTo("/app");
  }

  @Test
  void givenTheRepository_thenTheDockerfileIsWhereComposeAndTheReadmeSayItIs() {
    assertThat(Files.isRegularFile(DeployFiles.repository().resolve("deploy/Dockerfile"))).isTrue();
    assertThat(DeployFiles.text(DeployFiles.deploy("README.md")))
        .contains("docker build -f deploy/Dockerfile");
  }
}
