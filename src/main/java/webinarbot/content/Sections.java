package webinarbot.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The section pages ({@code _index.md}) of a site, read on first use: which folders are sections,
 * and the front matter each {@code cascade}s to the pages below it.
 */
final class Sections {
  private final HugoSite site;
  private final Map<String, Optional<List<Cascade>>> byFolder = new ConcurrentHashMap<>();
  private final Map<String, List<Cascade>> chains = new ConcurrentHashMap<>();
  private final Map<String, List<Diagnostic>> problems = new ConcurrentHashMap<>();

  /**
   * One {@code cascade} entry.
   *
   * @param target {@code _target.path} as a pattern, if given
   * @param kind {@code _target.kind}, if given
   * @param language {@code _target.lang}, if given
   */
  record Cascade(
      Map<String, Object> values,
      Optional<Pattern> target,
      Optional<String> kind,
      Optional<String> language) {

    boolean applies(PagePath p) {
      if (kind.isPresent() && !kind.get().equalsIgnoreCase("page")) {
        return false;
      }
      if (language.isPresent() && !language.get().equalsIgnoreCase(p.language())) {
        return false;
      }
      if (target.isEmpty()) {
        return true;
      }
      String path = "/" + (p.dir().isEmpty() ? "" : p.dir() + "/") + p.name();
      return target.get().matcher(path).matches()
          || target.get().matcher("/" + p.fileDir() + "/" + p.fileName()).matches();
    }
  }

  Sections(HugoSite site) {
    this.site = site;
  }

  /** True when {@code folder} ("a/b") has a section page in any mount. */
  boolean isSection(String folder) {
    return cascades(folder).isPresent();
  }

  /**
   * The values cascaded onto a page, nearest section first: each is applied only where the page and
   * the nearer sections leave a key unset.
   */
  List<Map<String, Object>> cascadeFor(PagePath p) {
    if (chainOf(p.dir()).isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    String folder = p.dir();
    while (true) {
      cascades(folder)
          .ifPresent(
              list -> {
                for (Cascade c : list) {
                  if (c.applies(p)) {
                    out.add(c.values());
                  }
                }
              });
      if (folder.isEmpty()) {
        break;
      }
      int slash = folder.lastIndexOf('/');
      folder = slash < 0 ? "" : folder.substring(0, slash);
    }
    return out;
  }

  /** Every cascade entry from the folder up to the top; most folders have none. */
  private List<Cascade> chainOf(String folder) {
    return chains.computeIfAbsent(
        folder,
        f -> {
          List<Cascade> all = new ArrayList<>();
          String at = f;
          while (true) {
            cascades(at).ifPresent(all::addAll);
            if (at.isEmpty()) {
              break;
            }
            int slash = at.lastIndexOf('/');
            at = slash < 0 ? "" : at.substring(0, slash);
          }
          return List.copyOf(all);
        });
  }

  private Optional<List<Cascade>> cascades(String folder) {
    return byFolder.computeIfAbsent(folder, this::read);
  }

  private Optional<List<Cascade>> read(String folder) {
    Optional<Path> index = Optional.empty();
    for (HugoSite.Mount m : site.mounts()) {
      if (!m.target().isEmpty() && !(folder + "/").startsWith(m.target() + "/")) {
        continue;
      }
      String rel =
          m.target().isEmpty()
              ? folder
              : folder.substring(Math.min(folder.length(), m.target().length() + 1));
      Path dir = rel.isEmpty() ? m.source() : m.source().resolve(rel);
      Path f = dir.resolve("_index.md");
      if (Files.isRegularFile(f)) {
        index = Optional.of(f);
        break;
      }
    }
    if (index.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cascadesIn(index.get()));
  }

  /**
   * What was wrong with the front matter of the section pages read so far, whose cascades were then
   * left out: Hugo refuses to build such a site, so a load reports them as errors.
   */
  List<Diagnostic> problems() {
    return problems.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  /** The {@code cascade} of a section page; a page that cannot be read cascades nothing. */
  private List<Cascade> cascadesIn(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of();
    }
    if (indexOf(bytes, "cascade") < 0) {
      return List.of();
    }
    Problems found = new Problems(file.toString());
    String text = PageText.normalise(new String(bytes, StandardCharsets.UTF_8));
    Optional<FrontMatter> fm = FrontMatter.split(text, found);
    Optional<Fields> fields =
        fm.flatMap(
            f ->
                f.format() == FrontMatter.Format.TOML
                    ? TomlFrontMatter.read(f, found)
                    : YamlFrontMatter.read(f, found));
    List<Diagnostic> errors = found.all().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      problems.put(file.toString(), errors);
    }
    Optional<Object> cascade = fields.flatMap(f -> f.get("cascade")).map(Field::value);
    List<Cascade> out = new ArrayList<>();
    if (cascade.isEmpty()) {
      return out;
    }
    List<?> entries = cascade.get() instanceof List<?> l ? l : List.of(cascade.get());
    for (Object e : entries) {
      if (e instanceof Map<?, ?> m) {
        out.add(entry(m));
      }
    }
    return out;
  }

  private static Cascade entry(Map<?, ?> m) {
    Map<String, Object> values = new LinkedHashMap<>();
    Optional<Pattern> target = Optional.empty();
    Optional<String> kind = Optional.empty();
    Optional<String> lang = Optional.empty();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String k = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
      if (k.equals("_target") && e.getValue() instanceof Map<?, ?> t) {
        for (Map.Entry<?, ?> te : t.entrySet()) {
          String tk = String.valueOf(te.getKey()).toLowerCase(Locale.ROOT);
          String tv = String.valueOf(te.getValue());
          switch (tk) {
            case "path" -> target = Optional.of(glob(tv));
            case "kind" -> kind = Optional.of(tv);
            case "lang" -> lang = Optional.of(tv);
            default -> {}
          }
        }
      } else {
        values.put(k, e.getValue());
      }
    }
    return new Cascade(values, target, kind, lang);
  }

  /** A Hugo path glob: {@code **} any path, {@code *} within one folder. */
  static Pattern glob(String glob) {
    String g = glob.startsWith("/") ? glob : "/" + glob;
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static int indexOf(byte[] bytes, String ascii) {
    outer:
    for (int i = 0; i + ascii.length() <= bytes.length; i++) {
      for (int j = 0; j < ascii.length(); j++) {
        if (Character.toLowerCase(bytes[i + j]) != ascii.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
