package webinarbot.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Hugo site's configuration says about where pages are and what their URLs are: the base
 * URL, the content folders (contentDir, per-language folders, module mounts), the languages, the
 * permalink patterns and {@code uglyURLs}.
 */
public final class HugoSite {
  /** Hugo's default {@code frontmatter.date}: the first of these keys that is set. */
  static final List<String> DEFAULT_DATE_KEYS =
      List.of("date", "publishdate", "pubdate", "published", "lastmod", "modified");

  private final Path root;
  private final Optional<URI> baseUrl;
  private final List<Mount> mounts;
  private final String defaultLanguage;
  private final boolean defaultLanguageInSubdir;
  private final Set<String> languages;
  private final Map<String, String> permalinks;
  private final boolean uglyUrls;
  private final boolean lowerCasePaths;
  private final List<String> dateKeys;
  private final java.time.ZoneId timeZone;
  private final List<Diagnostic> problems;
  private final List<Path> configFiles;

  /**
   * A content folder mounted into the site.
   *
   * @param source the folder on disk, absolute
   * @param target where its files appear under the site's content, "" for the top
   * @param language the language of every page in it, when the mount says
   */
  record Mount(Path source, String target, Optional<String> language) {}

  private HugoSite(Path root, HugoConfig config, List<Diagnostic> problems) {
    this.root = root.toAbsolutePath().normalize();
    this.problems = List.copyOf(problems);
    this.configFiles = config.files();
    this.baseUrl = config.string("baseurl").flatMap(HugoSite::absoluteBase);
    this.defaultLanguage =
        config.string("defaultcontentlanguage").orElse("en").toLowerCase(Locale.ROOT);
    this.defaultLanguageInSubdir = config.bool("defaultcontentlanguageinsubdir");
    Map<String, Object> langs = config.map("languages");
    Set<String> ls = new LinkedHashSet<>();
    ls.add(defaultLanguage);
    langs.forEach(
        (k, v) -> {
          boolean disabled = v instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("disabled"));
          if (!disabled) {
            ls.add(k.toLowerCase(Locale.ROOT));
          }
        });
    this.languages = ls;
    this.permalinks = permalinkPatterns(config.map("permalinks"));
    this.uglyUrls = config.bool("uglyurls");
    this.lowerCasePaths = !config.bool("disablepathtolower");
    List<String> dates = new ArrayList<>();
    for (Object o : config.list("frontmatter.date")) {
      String k = o.toString().toLowerCase(Locale.ROOT);
      if (k.equals(":default")) {
        dates.addAll(DEFAULT_DATE_KEYS);
      } else {
        dates.add(k);
      }
    }
    this.dateKeys = dates.isEmpty() ? DEFAULT_DATE_KEYS : List.copyOf(dates);
    // Two imports can resolve to one folder; it is one mount.
    Map<Path, Mount> unique = new LinkedHashMap<>();
    mounts(this.root, config, langs).forEach(m -> unique.putIfAbsent(m.source(), m));
    this.mounts = List.copyOf(unique.values());
    java.time.ZoneId zone = java.time.ZoneOffset.UTC;
    try {
      zone = java.time.ZoneId.of(config.string("timezone").orElse("UTC"));
    } catch (java.time.DateTimeException e) {
      // Hugo would refuse the site; the bot reads dates in UTC, as Hugo's default.
    }
    this.timeZone = zone;
  }

  /** Reads the site in {@code root}; problems with its configuration are kept, not thrown. */
  public static HugoSite read(Path root) {
    List<Diagnostic> problems = new ArrayList<>();
    HugoConfig config = HugoConfig.read(root, problems);
    return new HugoSite(root, config, problems);
  }

  /** A folder of pages with no site configuration: Hugo's defaults, content at {@code root}. */
  static HugoSite plain(Path contentRoot) {
    Path content = contentRoot.toAbsolutePath().normalize();
    return new HugoSite(content, HugoConfig.empty(), List.of())
        .withMounts(List.of(new Mount(content, "", Optional.empty())));
  }

  private HugoSite(HugoSite from, List<Mount> mounts) {
    this.root = from.root;
    this.baseUrl = from.baseUrl;
    this.mounts = List.copyOf(mounts);
    this.defaultLanguage = from.defaultLanguage;
    this.defaultLanguageInSubdir = from.defaultLanguageInSubdir;
    this.languages = from.languages;
    this.permalinks = from.permalinks;
    this.uglyUrls = from.uglyUrls;
    this.lowerCasePaths = from.lowerCasePaths;
    this.dateKeys = from.dateKeys;
    this.timeZone = from.timeZone;
    this.problems = from.problems;
    this.configFiles = from.configFiles;
  }

  HugoSite withMounts(List<Mount> m) {
    return new HugoSite(this, m);
  }

  /** True when a Hugo configuration file is in {@code dir}. */
  public static boolean isSite(Path dir) {
    for (String name : List.of("hugo", "config")) {
      for (String ext : List.of("toml", "yaml", "yml", "json")) {
        if (Files.isRegularFile(dir.resolve(name + "." + ext))) {
          return true;
        }
      }
    }
    return Files.isDirectory(dir.resolve("config").resolve("_default"));
  }

  public Path root() {
    return root;
  }

  /** {@code baseURL} when it is an absolute http(s) URL, ending in "/". */
  public Optional<URI> baseUrl() {
    return baseUrl;
  }

  /** The main content folder: the first mount's source that exists. */
  public Path contentDir() {
    return mounts.stream()
        .map(Mount::source)
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(mounts.get(0).source());
  }

  List<Mount> mounts() {
    return mounts;
  }

  public List<Path> configFiles() {
    return configFiles;
  }

  /** What could not be read in the site's configuration. */
  public List<Diagnostic> problems() {
    return problems;
  }

  String defaultLanguage() {
    return defaultLanguage;
  }

  Set<String> languages() {
    return languages;
  }

  boolean multilingual() {
    return languages.size() > 1;
  }

  /** The URL prefix of a language: "" for the default one unless it is in a subfolder. */
  String languagePrefix(String language) {
    if (language.equals(defaultLanguage) && !defaultLanguageInSubdir) {
      return "";
    }
    return language;
  }

  Optional<String> permalink(String section) {
    return Optional.ofNullable(permalinks.get(section.toLowerCase(Locale.ROOT)));
  }

  boolean uglyUrls() {
    return uglyUrls;
  }

  boolean lowerCasePaths() {
    return lowerCasePaths;
  }

  /** {@code timeZone}: where Hugo places dates written without an offset (default UTC). */
  java.time.ZoneId timeZone() {
    return timeZone;
  }

  /** {@code frontmatter.date}: front matter keys, and {@code :filename}, in order. */
  List<String> dateKeys() {
    return dateKeys;
  }

  /** The mount holding {@code file} (the deepest one), if any. */
  Optional<Mount> mountOf(Path file) {
    Path f = file.toAbsolutePath().normalize();
    Mount best = null;
    for (Mount m : mounts) {
      if (f.startsWith(m.source())
          && (best == null || m.source().getNameCount() > best.source().getNameCount())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<URI> absoluteBase(String s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(s.endsWith("/") ? s : s + "/");
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return Optional.of(u);
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Section → pattern. Hugo 0.111 keys patterns by section; later versions also accept {@code
   * [permalinks.page]}, which holds the same map for regular pages.
   */
  private static Map<String, String> permalinkPatterns(Map<String, Object> config) {
    Map<String, String> out = new LinkedHashMap<>();
    config.forEach(
        (k, v) -> {
          if (!(v instanceof Map)) {
            out.put(k.toLowerCase(Locale.ROOT), v.toString());
          }
        });
    if (config.get("page") instanceof Map<?, ?> page) {
      page.forEach((k, v) -> out.put(String.valueOf(k).toLowerCase(Locale.ROOT), v.toString()));
    }
    return out;
  }

  private static List<Mount> mounts(Path root, HugoConfig config, Map<String, Object> langs) {
    List<Mount> out = new ArrayList<>();
    for (Object m : config.list("module.mounts")) {
      mount(root, root, m).ifPresent(out::add);
    }
    // Without mounts of its own, the project's content folders are mounted as usual, before any
    // imported module's.
    if (out.isEmpty()) {
      out.addAll(projectContent(root, config, langs));
    }
    for (Object imp : config.list("module.imports")) {
      if (imp instanceof Map<?, ?> i && i.get("path") != null) {
        Optional<Path> dir = importDir(root, config, i.get("path").toString());
        if (dir.isPresent() && i.get("mounts") instanceof List<?> ms) {
          for (Object m : ms) {
            mount(root, dir.get(), m).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  /** {@code contentDir} and each language's own {@code contentDir}. */
  private static List<Mount> projectContent(
      Path root, HugoConfig config, Map<String, Object> langs) {
    List<Mount> out = new ArrayList<>();
    String main = config.string("contentdir").orElse("content");
    {
      langs.forEach(
          (lang, v) -> {
            if (v instanceof Map<?, ?> m && m.get("contentdir") != null) {
              out.add(
                  new Mount(
                      root.resolve(m.get("contentdir").toString()).normalize(),
                      "",
                      Optional.of(lang.toLowerCase(Locale.ROOT))));
            }
          });
      boolean defaultHasOwn =
          out.stream()
              .anyMatch(
                  m ->
                      m.language()
                          .equals(
                              Optional.of(
                                  config
                                      .string("defaultcontentlanguage")
                                      .orElse("en")
                                      .toLowerCase(Locale.ROOT))));
      if (!defaultHasOwn || config.string("contentdir").isPresent()) {
        out.add(0, new Mount(root.resolve(main).normalize(), "", Optional.empty()));
      }
    }
    return out;
  }

  /** A mount whose target is the content folder or a folder in it. */
  private static Optional<Mount> mount(Path root, Path base, Object m) {
    if (!(m instanceof Map<?, ?> map) || map.get("source") == null || map.get("target") == null) {
      return Optional.empty();
    }
    String target = map.get("target").toString().replace('\\', '/');
    if (!(target.equals("content") || target.startsWith("content/"))) {
      return Optional.empty();
    }
    String under = target.equals("content") ? "" : target.substring("content/".length());
    Path source = base.resolve(map.get("source").toString()).normalize();
    if (!source.startsWith(root) && !Files.isDirectory(source)) {
      return Optional.empty();
    }
    Optional<String> lang =
        Optional.ofNullable(map.get("lang"))
            .map(Object::toString)
            .map(s -> s.toLowerCase(Locale.ROOT));
    return Optional.of(new Mount(source, trimSlashes(under), lang));
  }

  /**
   * Where a module import lives on disk: the themes folder, {@code _vendor}, or (for a site that is
   * itself the module's repository) the part of the import path that exists under the root.
   */
  private static Optional<Path> importDir(Path root, HugoConfig config, String path) {
    Path themes = root.resolve(config.string("themesdir").orElse("themes"));
    for (Path candidate : List.of(themes.resolve(path), root.resolve("_vendor").resolve(path))) {
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    String[] parts = path.split("/");
    for (int i = 1; i < parts.length; i++) {
      Path candidate = root.resolve(String.join("/", List.of(parts).subList(i, parts.length)));
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String trimSlashes(String s) {
    String t = s;
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
