package webinarbot.testing.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A systemd unit file: sections of keys, each key with every value it was given, in order. */
public record SystemdUnit(Map<String, Map<String, List<String>>> sections) {
  public static SystemdUnit read(Path p) {
    Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    Map<String, List<String>> current = null;
    for (String raw : DeployFiles.text(p).split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(
                line.substring(1, line.length() - 1), s -> new LinkedHashMap<>());
        continue;
      }
      int eq = line.indexOf('=');
      if (current == null || eq <= 0) {
        throw new AssertionError(p + ": not a unit file line: " + raw);
      }
      current
          .computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
          .add(line.substring(eq + 1).strip());
    }
    return new SystemdUnit(sections);
  }

  public List<String> values(String section, String key) {
    return sections.getOrDefault(section, Map.of()).getOrDefault(key, List.of());
  }

  public String value(String section, String key) {
    List<String> v = values(section, key);
    if (v.size() != 1) {
      throw new AssertionError("[" + section + "] " + key + " is set " + v.size() + " times");
    }
    return v.get(0);
  }

  /** {@code Environment=K=V} lines as a map. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String assignment : values("Service", "Environment")) {
      int eq = assignment.indexOf('=');
      env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
    }
    return env;
  }
}
