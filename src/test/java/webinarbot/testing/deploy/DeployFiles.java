package webinarbot.testing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the files under {@code deploy/} the way the tools that use them would. */
public final class DeployFiles {
  private DeployFiles() {}

  /** The repository root: Maven runs tests from the project folder. */
  public static Path repository() {
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(root.resolve("pom.xml"))) {
      throw new IllegalStateException("tests must run from the project folder, not " + root);
    }
    return root;
  }

  public static Path deploy(String relative) {
    Path p = repository().resolve("deploy").resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new AssertionError("missing deploy/" + relative);
    }
    return p;
  }

  public static String text(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every YAML document in the file, as maps and lists (snakeyaml's safe loader). */
  public static List<Map<String, Object>> yamlDocuments(Path p) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Yaml(new LoaderOptions()).loadAll(text(p))) {
      if (doc != null) {
        docs.add(Yamls.map(doc, p.getFileName().toString()));
      }
    }
    return docs;
  }

  public static Map<String, Object> yaml(Path p) {
    List<Map<String, Object>> docs = yamlDocuments(p);
    if (docs.size() != 1) {
      throw new AssertionError(p + " has " + docs.size() + " YAML documents, expected one");
    }
    return docs.get(0);
  }

  /**
   * {@code KEY=VALUE} lines of an env file, as Docker Compose and systemd read them; with {@code
   * includeCommented}, also the {@code # KEY=VALUE} lines a reader is invited to uncomment.
   */
  public static Map<String, String> envFile(Path p, boolean includeCommented) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String raw : text(p).split("\n")) {
      String line = raw.strip();
      if (includeCommented && line.matches("#\\s*[A-Z][A-Z0-9_]*=.*")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new AssertionError(p + ": not KEY=VALUE: " + raw);
      }
      env.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return env;
  }
}
