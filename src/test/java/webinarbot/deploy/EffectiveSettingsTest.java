package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.deploy.Yamls.listAt;
import static webinarbot.testing.deploy.Yamls.map;
import static webinarbot.testing.deploy.Yamls.mapAt;
import static webinarbot.testing.deploy.Yamls.stringAt;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.testing.deploy.BotProcess;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.Dockerfile;
import webinarbot.testing.deploy.ShellWords;
import webinarbot.testing.deploy.SystemdUnit;

/**
 * Each way of deploying, put together as its tool would (the image's ENV and files, then the env
 * file, the Secret, the pod's env, the mounts, the command line), and asked what the bot would
 * really run with: {@code config --show}. No variable from the image or an example file may undo
 * what the settings file of that deployment says.
 */
class EffectiveSettingsTest {
  private static final Dockerfile IMAGE = Dockerfile.read(DeployFiles.deploy("Dockerfile"));
  private static final Map<String, String> ENV_EXAMPLE =
      DeployFiles.envFile(DeployFiles.deploy("env.example"), false);

  @TempDir Path temp;

  private static String value(JsonNode shown, String key) {
    JsonNode v = shown.path("settings").path(key).path("value");
    return v.isArray() ? v.toString() : v.asText();
  }

  private static String source(JsonNode shown, String key) {
    return shown.path("settings").path(key).path("source").asText()
        + " "
        + shown.path("settings").path(key).path("origin").asText();
  }

  /** No setting comes from the environment: every one is the file's, or the default. */
  private static void assertNothingFromTheEnvironment(JsonNode shown) {
    List<String> fromEnv = new ArrayList<>();
    shown
        .path("settings")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().path("source").asText().equals("environment")) {
                fromEnv.add(e.getKey() + " from " + e.getValue().path("origin").asText());
              }
            });
    assertThat(fromEnv).as("settings an environment variable overrides").isEmpty();
  }

  /** deploy/kubernetes: the Deployment's bot container, with the Secret made from {@code env}. */
  private JsonNode kubernetes(Map<String, String> secret) throws Exception {
    Map<String, Object> deployment =
        DeployFiles.yaml(DeployFiles.deploy("kubernetes/deployment.yaml"));
    Map<String, Object> configMap =
        DeployFiles.yaml(DeployFiles.deploy("kubernetes/configmap.yaml"));
    Map<String, Object> pod = mapAt(deployment, "spec", "template", "spec");
    Map<String, Object> bot =
        listAt(pod, "containers").stream()
            .map(c -> map(c, "containers"))
            .filter(c -> "bot".equals(c.get("name")))
            .findFirst()
            .orElseThrow();
    Map<String, String> podEnv = new LinkedHashMap<>(secret);
    for (Object e : listAt(bot, "env")) {
      podEnv.put(stringAt(e, "name"), stringAt(e, "value"));
    }
    BotProcess process =
        BotProcess.image(IMAGE)
            .env(podEnv)
            .args(listAt(bot, "args").stream().map(String::valueOf).toList());
    String mountPath =
        listAt(bot, "volumeMounts").stream()
            .map(m -> map(m, "volumeMounts"))
            .filter(m -> "config".equals(m.get("name")))
            .map(m -> String.valueOf(m.get("mountPath")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> volume =
        listAt(pod, "volumes").stream()
            .map(v -> map(v, "volumes"))
            .filter(v -> "config".equals(v.get("name")))
            .findFirst()
            .orElseThrow();
    for (Object item : listAt(volume, "configMap", "items")) {
      process.file(
          mountPath + "/" + stringAt(item, "path"),
          stringAt(configMap, "data", stringAt(item, "key")),
          temp);
    }
    return process.effective(temp);
  }

  @Test
  void givenKubernetesWithTheSecretMadeFromEnvExample_thenTheConfigMapDecidesEverySetting()
      throws Exception {
    // kubectl create secret generic webinar-bot-secrets --from-env-file=deploy/.env
    JsonNode shown = kubernetes(ENV_EXAMPLE);

    assertThat(value(shown, "content.dir")).isEqualTo("/git/site/content/news/webinars");
    assertThat(source(shown, "content.dir")).startsWith("file /etc/webinar-bot/webinar-bot.toml:");
    assertThat(value(shown, "storage.jdbc_url"))
        .isEqualTo("jdbc:postgresql://postgres:5432/webinarbot");
    assertThat(source(shown, "storage.jdbc_url")).startsWith("file ");
    assertThat(value(shown, "log.format")).isEqualTo("json");
    assertThat(source(shown, "log.format")).startsWith("file ");
    assertThat(source(shown, "slack.channels")).startsWith("file ");
    assertThat(value(shown, "site.base_url")).isEqualTo("https://fd.io");
    assertNothingFromTheEnvironment(shown);
  }

  @Test
  void givenKubernetesWithTheSecretTemplate_thenTheConfigMapDecidesAndTheSecretsAreSetNotShown()
      throws Exception {
    Map<String, String> secret = new LinkedHashMap<>();
    mapAt(DeployFiles.yaml(DeployFiles.deploy("kubernetes/secret.example.yaml")), "stringData")
        .forEach((k, v) -> secret.put(k, String.valueOf(v)));

    JsonNode shown = kubernetes(secret);

    assertThat(value(shown, "content.dir")).isEqualTo("/git/site/content/news/webinars");
    assertThat(value(shown, "storage.jdbc_url")).startsWith("jdbc:postgresql://postgres:");
    assertThat(shown.path("secrets").path("SLACK_BOT_TOKEN").asText()).isEqualTo("set");
    assertThat(shown.path("secrets").path("SLACK_APP_TOKEN").asText()).isEqualTo("not set");
    assertThat(shown.toString()).doesNotContain("xoxb-");
    assertNothingFromTheEnvironment(shown);
  }

  @Test
  void givenDockerCompose_thenItsSettingsFileDecidesContentDatabaseAndLogFormat() {
    Map<String, Object> bot =
        mapAt(DeployFiles.yaml(DeployFiles.deploy("compose.yml")), "services", "bot");
    Map<String, String> env = new LinkedHashMap<>(ENV_EXAMPLE); // env_file: .env
    if (bot.containsKey("environment")) {
      mapAt(bot, "environment").forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    BotProcess process = BotProcess.image(IMAGE).env(env);
    for (Object volume : listAt(bot, "volumes")) {
      String[] parts = String.valueOf(volume).split(":");
      if (parts[0].startsWith("./")) {
        process.file(parts[1], DeployFiles.deploy(parts[0].substring(2)));
      }
    }

    JsonNode shown = process.effective(temp);

    assertThat(value(shown, "content.dir")).isEqualTo("/content");
    assertThat(source(shown, "content.dir")).startsWith("file /app/webinar-bot.toml:");
    assertThat(value(shown, "storage.jdbc_url"))
        .isEqualTo("jdbc:postgresql://postgres:5432/webinarbot");
    assertThat(value(shown, "storage.user")).isEqualTo("webinarbot");
    assertThat(value(shown, "log.format")).isEqualTo("json");
    assertThat(shown.path("targets").toString()).isEqualTo("[\"console:stdout\"]");
    assertNothingFromTheEnvironment(shown);
  }

  @Test
  void givenDockerRunAsTheReadmeShowsIt_thenTheImagesOwnFileReadsContentAndKeepsH2OnTheVolume() {
    // docker run -v …:/content:ro -v webinar-bot-data:/data --env-file deploy/.env webinar-bot
    JsonNode shown = BotProcess.image(IMAGE).env(ENV_EXAMPLE).effective(temp);

    assertThat(value(shown, "content.dir")).isEqualTo("/content");
    assertThat(source(shown, "content.dir")).startsWith("file /app/webinar-bot.toml:");
    assertThat(value(shown, "storage.jdbc_url")).isEqualTo("jdbc:h2:file:/data/webinar-bot");
    assertThat(IMAGE.only("VOLUME").execForm()).containsExactly("/data");
    assertNothingFromTheEnvironment(shown);
  }

  @Test
  void givenTheImageWithAnotherSettingsFile_thenThatFileDecidesNotTheImage() {
    Map<String, Object> configMap =
        DeployFiles.yaml(DeployFiles.deploy("kubernetes/configmap.yaml"));

    JsonNode shown =
        BotProcess.image(IMAGE)
            .file("/etc/other.toml", stringAt(configMap, "data", "webinar-bot.toml"), temp)
            .args(List.of("--config", "/etc/other.toml", "serve"))
            .effective(temp);

    assertThat(value(shown, "content.dir")).isEqualTo("/git/site/content/news/webinars");
    assertThat(value(shown, "storage.jdbc_url")).startsWith("jdbc:postgresql:");
  }

  @Test
  void givenSystemdWithTheEnvFileFromEnvExample_thenTheUnitsSettingsFileDecides() {
    SystemdUnit unit = SystemdUnit.read(DeployFiles.deploy("systemd/webinar-bot.service"));
    List<String> exec = ShellWords.split(unit.value("Service", "ExecStart"), Map.of());
    Map<String, String> env = new LinkedHashMap<>(unit.environment());
    env.putAll(ENV_EXAMPLE); // EnvironmentFile=-/etc/webinar-bot/webinar-bot.env, installed from it

    JsonNode shown =
        BotProcess.server(unit.value("Service", "WorkingDirectory"))
            .env(env)
            .file(
                "/etc/webinar-bot/webinar-bot.toml", DeployFiles.deploy("systemd/webinar-bot.toml"))
            .args(exec.subList(exec.indexOf("-jar") + 2, exec.size()))
            .effective(temp);

    assertThat(value(shown, "content.dir"))
        .isEqualTo("/var/lib/webinar-bot/site/content/news/webinars");
    assertThat(value(shown, "storage.jdbc_url"))
        .isEqualTo("jdbc:h2:file:/var/lib/webinar-bot/data/webinar-bot");
    assertThat(value(shown, "log.format")).isEqualTo("json");
    assertThat(shown.path("secrets").path("WEBINARBOT_STORAGE_PASSWORD").asText())
        .as("H2 keeps the password of a first run without one")
        .isEqualTo("not set");
    assertNothingFromTheEnvironment(shown);
  }

  @Test
  void givenEnvExample_thenItSetsSecretsOnlyAndLeavesEveryPasswordEmpty() {
    List<String> settingsSet =
        ENV_EXAMPLE.entrySet().stream()
            .filter(e -> e.getKey().startsWith("WEBINARBOT_") && !e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();

    assertThat(settingsSet).as("WEBINARBOT_* values env.example sets").isEmpty();
    assertThat(ENV_EXAMPLE.get("WEBINARBOT_STORAGE_PASSWORD")).isEmpty();
  }
}
