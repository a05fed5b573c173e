package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.deploy.Yamls.at;
import static webinarbot.testing.deploy.Yamls.listAt;
import static webinarbot.testing.deploy.Yamls.mapAt;
import static webinarbot.testing.deploy.Yamls.stringAt;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.Dockerfile;
import webinarbot.testing.deploy.ProjectFacts;

/** deploy/compose.yml runs the bot on PostgreSQL with the files, ports and variables it needs. */
class ComposeTest {
  private static final Path COMPOSE = DeployFiles.deploy("compose.yml");
  private static final Map<String, Object> FILE = DeployFiles.yaml(COMPOSE);
  private static final Map<String, Object> BOT = mapAt(FILE, "services", "bot");
  private static final Map<String, Object> POSTGRES = mapAt(FILE, "services", "postgres");
  private static final Map<String, String> ENV_EXAMPLE =
      DeployFiles.envFile(DeployFiles.deploy("env.example"), false);

  /**
   * What the bot container sees: the env file (.env, copied from env.example), then environment.
   */
  private static Map<String, String> botEnvironment() {
    Map<String, String> env = new HashMap<>(ENV_EXAMPLE);
    if (BOT.containsKey("environment")) {
      mapAt(BOT, "environment").forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    return env;
  }

  private static Settings botSettings() {
    return ProjectFacts.settings(
        botEnvironment(), Optional.of(DeployFiles.deploy("webinar-bot.toml")));
  }

  @Test
  void givenTheBotService_thenItIsBuiltFromTheProjectsDockerfile() {
    Path context = COMPOSE.getParent().resolve(stringAt(BOT, "build", "context")).normalize();

    assertThat(context).isEqualTo(DeployFiles.repository());
    assertThat(context.resolve(stringAt(BOT, "build", "dockerfile"))).isRegularFile();
    assertThat(stringAt(BOT, "image")).startsWith("webinar-bot:");
    assertThat(stringAt(BOT, "env_file")).isEqualTo(".env");
  }

  @Test
  void givenTheEnvironment_thenEveryVariableIsKnownAndTheBotWouldStart() {
    ProjectFacts.assertKnown(botEnvironment().keySet(), "compose.yml and env.example");
    Settings settings = botSettings();

    assertThat(settings.storage().isPostgres()).isTrue();
    assertThat(settings.site().baseUrl()).isEqualTo(URI.create("https://fd.io/"));
  }

  @Test
  void givenTheDatabaseUrl_thenItNamesThePostgresServiceItsDatabaseUserAndPassword() {
    Settings settings = botSettings();
    URI jdbc = URI.create(settings.storage().jdbcUrl().substring("jdbc:".length()));
    Map<String, Object> pgEnv = mapAt(POSTGRES, "environment");

    assertThat(jdbc.getHost()).isEqualTo("postgres");
    assertThat(jdbc.getPort()).isEqualTo(5432);
    assertThat(jdbc.getPath()).isEqualTo("/" + pgEnv.get("POSTGRES_DB"));
    assertThat(settings.storage().user()).isEqualTo(pgEnv.get("POSTGRES_USER"));
    assertThat(String.valueOf(pgEnv.get("POSTGRES_PASSWORD")))
        .startsWith("${" + Secrets.STORAGE_PASSWORD + ":?");
    assertThat(ENV_EXAMPLE).containsKey(Secrets.STORAGE_PASSWORD);
    assertThat(stringAt(POSTGRES, "image")).matches("postgres:1[4-9](-alpine)?");
  }

  @Test
  void givenThePorts_thenTheContainerSideIsTheBotsHttpPort() {
    int port = botSettings().http().port();

    assertThat(listAt(BOT, "ports")).containsExactly(port + ":" + port);
    assertThat(port).isEqualTo(ProjectFacts.defaultHttpPort());
  }

  @Test
  void givenTheHealthchecks_thenTheBotIsAskedOnAPathItServesAndWaitsForPostgres() throws Exception {
    List<Object> test = listAt(BOT, "healthcheck", "test");
    URI url = URI.create(String.valueOf(test.get(test.size() - 1)));

    assertThat(url.getPort()).isEqualTo(botSettings().http().port());
    ProjectFacts.assertServed(List.of(url.getPath()));
    assertThat(stringAt(BOT, "depends_on", "postgres", "condition")).isEqualTo("service_healthy");
    assertThat(stringAt(POSTGRES, "healthcheck", "test", 1)).startsWith("pg_isready");
  }

  @Test
  void givenTheVolumes_thenContentIsReadOnlyWhereTheBotReadsItAndStateIsOnTheImagesVolume() {
    List<String> volumes = listAt(BOT, "volumes").stream().map(String::valueOf).toList();
    Settings settings = botSettings();
    Dockerfile image = Dockerfile.read(DeployFiles.deploy("Dockerfile"));
    String workdir = image.only("WORKDIR").arguments();

    assertThat(volumes)
        .contains("${WEBINAR_CONTENT:-../content}:" + settings.content().dir() + ":ro")
        .contains("./webinar-bot.toml:" + workdir + "/webinar-bot.toml:ro")
        .contains("bot-data:" + image.only("VOLUME").execForm().get(0));
    assertThat(COMPOSE.getParent().resolve("../content").normalize()).isDirectory();
    assertThat(COMPOSE.getParent().resolve(ENV_EXAMPLE.get("WEBINAR_CONTENT")).normalize())
        .isDirectory();
    assertThat(mapAt(FILE, "volumes")).containsOnlyKeys("bot-data", "postgres-data");
    assertThat(at(POSTGRES, "volumes", 0)).isEqualTo("postgres-data:/var/lib/postgresql/data");
  }

  @Test
  void givenTheEnvExample_thenItListsEverySecretAndOnlyVariablesTheBotKnows() {
    Map<String, String> withCommented =
        DeployFiles.envFile(DeployFiles.deploy("env.example"), true);

    assertThat(ENV_EXAMPLE.keySet()).containsAll(ProjectFacts.secrets());
    ProjectFacts.assertKnown(withCommented.keySet(), "env.example");
    ProjectFacts.settings(withCommented, Optional.empty());
  }
}
