package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.deploy.Yamls.at;
import static webinarbot.testing.deploy.Yamls.listAt;
import static webinarbot.testing.deploy.Yamls.map;
import static webinarbot.testing.deploy.Yamls.mapAt;
import static webinarbot.testing.deploy.Yamls.stringAt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.Dockerfile;
import webinarbot.testing.deploy.ProjectFacts;

/** deploy/kubernetes runs two replicas with probes, settings and content the bot understands. */
class KubernetesManifestsTest {
  private static final Map<String, Object> KUSTOMIZATION =
      DeployFiles.yaml(DeployFiles.deploy("kubernetes/kustomization.yaml"));
  private static final Map<String, Map<String, Object>> BY_KIND = load();
  private static final Map<String, Object> DEPLOYMENT = BY_KIND.get("Deployment");
  private static final Map<String, Object> POD = mapAt(DEPLOYMENT, "spec", "template", "spec");
  private static final Map<String, Object> BOT = container("containers", "bot");
  private static final Map<String, Object> CONFIG_MAP = BY_KIND.get("ConfigMap");
  private static final Map<String, Object> SECRET =
      DeployFiles.yaml(DeployFiles.deploy("kubernetes/secret.example.yaml"));

  private static Map<String, Map<String, Object>> load() {
    Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
    for (Object resource : listAt(KUSTOMIZATION, "resources")) {
      for (Map<String, Object> doc :
          DeployFiles.yamlDocuments(DeployFiles.deploy("kubernetes/" + resource))) {
        assertThat(doc).containsKeys("apiVersion", "kind", "metadata");
        byKind.put(String.valueOf(doc.get("kind")), doc);
      }
    }
    return byKind;
  }

  private static Map<String, Object> container(String list, String name) {
    return listAt(POD, list).stream()
        .map(c -> map(c, list))
        .filter(c -> name.equals(c.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + list + " named " + name));
  }

  private static List<String> args(Map<String, Object> container) {
    return listAt(container, "args").stream().map(String::valueOf).toList();
  }

  private static String flag(Map<String, Object> gitSync, String name) {
    return args(gitSync).stream()
        .filter(a -> a.startsWith(name + "=") || a.equals(name))
        .findFirst()
        .map(a -> a.contains("=") ? a.substring(a.indexOf('=') + 1) : "")
        .orElseThrow(() -> new AssertionError("git-sync without " + name));
  }

  private static String mountPath(Map<String, Object> container, String volume) {
    return listAt(container, "volumeMounts").stream()
        .map(m -> map(m, "volumeMounts"))
        .filter(m -> volume.equals(m.get("name")))
        .map(m -> String.valueOf(m.get("mountPath")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("volume " + volume + " not mounted"));
  }

  /** The ConfigMap's webinar-bot.toml, loaded as the bot would with the Secret's variables. */
  private static Settings settings(Path tmp) throws Exception {
    Path toml = tmp.resolve("webinar-bot.toml");
    Files.writeString(toml, stringAt(CONFIG_MAP, "data", "webinar-bot.toml"));
    Map<String, String> env = new LinkedHashMap<>();
    mapAt(SECRET, "stringData").forEach((k, v) -> env.put(k, String.valueOf(v)));
    return ProjectFacts.settings(env, Optional.of(toml));
  }

  @Test
  void givenTheKustomization_thenEveryResourceParsesAndTheSecretTemplateIsLeftOut() {
    assertThat(BY_KIND)
        .containsOnlyKeys("ConfigMap", "Deployment", "Service", "PodDisruptionBudget");
    assertThat(listAt(KUSTOMIZATION, "resources")).doesNotContain("secret.example.yaml");
    assertThat(stringAt(KUSTOMIZATION, "images", 0, "name")).isEqualTo(stringAt(BOT, "image"));
  }

  @Test
  void givenTwoReplicas_thenTheyShareAPostgresDatabaseAndOneAlwaysStays(@TempDir Path tmp)
      throws Exception {
    Map<String, Object> labels = mapAt(DEPLOYMENT, "spec", "template", "metadata", "labels");

    assertThat(at(DEPLOYMENT, "spec", "replicas")).isEqualTo(2);
    assertThat(settings(tmp).storage().isPostgres()).isTrue();
    assertThat(labels).containsAllEntriesOf(mapAt(DEPLOYMENT, "spec", "selector", "matchLabels"));
    assertThat(labels).containsAllEntriesOf(mapAt(BY_KIND.get("Service"), "spec", "selector"));
    assertThat(labels)
        .containsAllEntriesOf(
            mapAt(BY_KIND.get("PodDisruptionBudget"), "spec", "selector", "matchLabels"));
    assertThat(at(BY_KIND.get("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
  }

  @Test
  void givenTheProbes_thenLivenessAsksHealthzAndReadinessAsksReadyzOnTheBotsPort(@TempDir Path tmp)
      throws Exception {
    Map<String, Object> port = map(listAt(BOT, "ports").get(0), "ports");
    List<String> paths = new ArrayList<>();
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat(stringAt(BOT, probe, "httpGet", "port")).isEqualTo(port.get("name"));
      paths.add(stringAt(BOT, probe, "httpGet", "path"));
    }

    assertThat(at(port, "containerPort")).isEqualTo(settings(tmp).http().port());
    assertThat(paths).containsExactly("/healthz", "/healthz", "/readyz");
    ProjectFacts.assertServed(paths);
    assertThat(stringAt(BY_KIND.get("Service"), "spec", "ports", 0, "targetPort"))
        .isEqualTo(port.get("name"));
  }

  @Test
  void givenTheConfigMap_thenItIsMountedWhereTheBotIsToldToReadIt(@TempDir Path tmp)
      throws Exception {
    List<String> args = args(BOT);
    String file = args.get(args.indexOf("--config") + 1);
    Map<String, Object> configVolume =
        listAt(POD, "volumes").stream()
            .map(v -> map(v, "volumes"))
            .filter(v -> "config".equals(v.get("name")))
            .findFirst()
            .orElseThrow();

    assertThat(ProjectFacts.subcommand(ProjectFacts.parseCommandLine(args))).isEqualTo("serve");
    assertThat(file)
        .isEqualTo(
            mountPath(BOT, "config")
                + "/"
                + stringAt(configVolume, "configMap", "items", 0, "path"));
    assertThat(stringAt(configVolume, "configMap", "name"))
        .isEqualTo(stringAt(CONFIG_MAP, "metadata", "name"));
    assertThat(mapAt(CONFIG_MAP, "data"))
        .containsKey(stringAt(configVolume, "configMap", "items", 0, "key"));
    settings(tmp);
  }

  @Test
  void givenGitSync_thenItClonesBeforeStartSyncsAfterAndPublishesWhereTheBotReadsPages(
      @TempDir Path tmp) throws Exception {
    Map<String, Object> clone = container("initContainers", "content-clone");
    Map<String, Object> sync = container("containers", "content-sync");
    String root = flag(sync, "--root");
    String published = root + "/" + flag(sync, "--link");

    assertThat(flag(clone, "--one-time")).isEmpty();
    assertThat(flag(sync, "--period")).matches("\\d+s");
    assertThat(flag(clone, "--root")).isEqualTo(root);
    assertThat(flag(clone, "--link")).isEqualTo(flag(sync, "--link"));
    assertThat(mountPath(clone, "content")).isEqualTo(root);
    assertThat(mountPath(sync, "content")).isEqualTo(root);
    assertThat(mountPath(BOT, "content")).isEqualTo(root);
    assertThat(settings(tmp).content().dir().toString()).startsWith(published + "/");
    assertThat(stringAt(clone, "image"))
        .isEqualTo(stringAt(sync, "image"))
        .startsWith("registry.k8s.io/git-sync/git-sync:v4.");
    for (Object env : listAt(sync, "env")) {
      String key = stringAt(env, "valueFrom", "configMapKeyRef", "key");
      assertThat(mapAt(CONFIG_MAP, "data")).containsKey(key);
    }
    assertThat(listAt(POD, "volumes").stream().map(v -> map(v, "volumes").get("name")))
        .contains("content");
  }

  @Test
  void givenTheSecretTemplate_thenItHoldsOnlySecretsTheBotReadsUnderTheNameThePodUses() {
    assertThat(mapAt(SECRET, "stringData").keySet()).isSubsetOf(ProjectFacts.secrets());
    assertThat(stringAt(BOT, "envFrom", 0, "secretRef", "name"))
        .isEqualTo(stringAt(SECRET, "metadata", "name"));
    List<String> env = listAt(BOT, "env").stream().map(e -> stringAt(e, "name")).toList();
    ProjectFacts.assertKnown(env, "deployment.yaml");
  }

  @Test
  void givenTheBotContainer_thenItRunsAsTheImagesUserWithAReadOnlyRootAndAWritableTmp() {
    Dockerfile image = Dockerfile.read(DeployFiles.deploy("Dockerfile"));
    String uid = image.only("USER").arguments().split(":")[0];

    assertThat(at(POD, "securityContext", "runAsNonRoot")).isEqualTo(true);
    assertThat(String.valueOf(at(BOT, "securityContext", "runAsUser"))).isEqualTo(uid);
    assertThat(at(BOT, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(at(BOT, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(mountPath(BOT, "tmp")).isEqualTo("/tmp");
  }
}
