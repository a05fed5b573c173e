package webinarbot.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Hugo site's configuration as Hugo merges it: {@code hugo.toml|yaml|json} (or {@code config.*})
 * at the root, then {@code config/_default/} and {@code config/production/} (what {@code hugo}
 * builds with), where a file {@code X.toml} holds the key {@code X}. Keys are lower-cased, as Hugo
 * treats them.
 */
final class HugoConfig {
  private static final List<String> NAMES = List.of("hugo", "config");
  private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");

  private final Map<String, Object> values;
  private final List<Path> files;

  private HugoConfig(Map<String, Object> values, List<Path> files) {
    this.values = values;
    this.files = List.copyOf(files);
  }

  /** No configuration at all: a folder of pages. */
  static HugoConfig empty() {
    return new HugoConfig(new LinkedHashMap<>(), List.of());
  }

  /**
   * @param problems what could not be read, naming the file
   */
  static HugoConfig read(Path root, List<Diagnostic> problems) {
    Map<String, Object> merged = new LinkedHashMap<>();
    List<Path> read = new ArrayList<>();
    for (String env : List.of("_default", "production")) {
      Path dir = root.resolve("config").resolve(env);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Path f : configFiles(dir)) {
        String name = f.getFileName().toString();
        String key = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        if (key.contains(".")) {
          continue; // menus.en.toml and the like: per-language, no URLs in them
        }
        Optional<Map<String, Object>> m = parse(f, problems);
        if (m.isEmpty()) {
          continue;
        }
        read.add(f);
        if (NAMES.contains(key)) {
          deepMerge(merged, m.get());
        } else {
          deepMerge(merged, Map.of(key, m.get()));
        }
      }
    }
    for (String name : NAMES) {
      Optional<Path> f = firstExisting(root, name);
      if (f.isPresent()) {
        parse(f.get(), problems)
            .ifPresent(
                m -> {
                  // The root file wins over the config folder.
                  Map<String, Object> top = new LinkedHashMap<>(m);
                  deepMerge(top, merged, false);
                  merged.clear();
                  merged.putAll(top);
                  read.add(0, f.get());
                });
        break;
      }
    }
    return new HugoConfig(merged, read);
  }

  /** The files read, the root one first. */
  List<Path> files() {
    return files;
  }

  boolean found() {
    return !files.isEmpty();
  }

  Optional<Object> get(String dottedKey) {
    Object at = values;
    for (String part : dottedKey.toLowerCase(Locale.ROOT).split("\\.")) {
      if (!(at instanceof Map<?, ?> m)) {
        return Optional.empty();
      }
      at = m.get(part);
    }
    return Optional.ofNullable(at);
  }

  Optional<String> string(String key) {
    return get(key)
        .filter(v -> !(v instanceof Map) && !(v instanceof List))
        .map(Object::toString)
        .map(String::strip);
  }

  boolean bool(String key) {
    return get(key)
        .map(v -> v instanceof Boolean b ? b : "true".equalsIgnoreCase(v.toString()))
        .orElse(false);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String key) {
    return get(key)
        .filter(v -> v instanceof Map)
        .map(v -> (Map<String, Object>) v)
        .orElse(Map.of());
  }

  List<Object> list(String key) {
    Optional<Object> v = get(key);
    if (v.isEmpty()) {
      return List.of();
    }
    if (v.get() instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    return List.of(v.get());
  }

  private static Optional<Path> firstExisting(Path dir, String name) {
    for (String ext : EXTENSIONS) {
      Path p = dir.resolve(name + "." + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static List<Path> configFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.contains(n.substring(dot + 1)) && Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }

  private static Diagnostic problem(Path file, int line, int column, String message) {
    return new Diagnostic(
        file.toString(),
        line,
        column,
        Diagnostic.Severity.ERROR,
        "site.root",
        "Hugo configuration: " + message + "; its settings are not used");
  }

  private static Optional<Map<String, Object>> parse(Path file, List<Diagnostic> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(problem(file, 0, 0, "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
    String name = file.getFileName().toString();
    try {
      Object parsed;
      Optional<Map<String, Object>> fast =
          name.endsWith(".toml") ? TomlTables.read(text) : Optional.empty();
      if (fast.isPresent()) {
        parsed = fast.get();
      } else if (name.endsWith(".toml")) {
        TomlParseResult toml = Toml.parse(text);
        if (!toml.errors().isEmpty()) {
          var e = toml.errors().get(0);
          problems.add(
              problem(
                  file,
                  e.position().line(),
                  e.position().column(),
                  "not valid TOML: "
                      + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)", "")));
          return Optional.empty();
        }
        parsed = plain(toml);
      } else if (name.endsWith(".json")) {
        parsed = new ObjectMapper().readValue(text, Object.class);
      } else {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        parsed = new Yaml(new SafeConstructor(options)).load(text);
      }
      if (parsed == null) {
        return Optional.of(new LinkedHashMap<>());
      }
      if (!(lowerKeys(parsed) instanceof Map<?, ?> m)) {
        problems.add(problem(file, 1, 1, "a Hugo configuration is a map of keys"));
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      return Optional.of(map);
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      int nl = message.indexOf('\n');
      problems.add(
          problem(file, 1, 1, "cannot read: " + (nl < 0 ? message : message.substring(0, nl))));
      return Optional.empty();
    }
  }

  private static Object plain(Object toml) {
    if (toml instanceof TomlTable t) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : t.keySet()) {
        out.put(k, plain(t.get(List.of(k))));
      }
      return out;
    }
    if (toml instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plain(a.get(i)));
      }
      return out;
    }
    return toml;
  }

  /** Hugo's configuration keys are case-insensitive; values keep their case. */
  private static Object lowerKeys(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k).toLowerCase(Locale.ROOT), lowerKeys(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(lowerKeys(x)));
      return out;
    }
    return v;
  }

  private static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
    deepMerge(into, from, true);
  }

  /**
   * @param override whether {@code from} wins where both hold a plain value
   */
  @SuppressWarnings("unchecked")
  private static void deepMerge(
      Map<String, Object> into, Map<String, Object> from, boolean override) {
    for (Map.Entry<String, Object> e : from.entrySet()) {
      Object mine = into.get(e.getKey());
      if (mine instanceof Map && e.getValue() instanceof Map) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) mine);
        deepMerge(copy, (Map<String, Object>) e.getValue(), override);
        into.put(e.getKey(), copy);
      } else if (mine == null || override) {
        into.put(e.getKey(), e.getValue());
      }
    }
  }
}
