package webinarbot.content;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Hugo's permalink for a page: its path under the site's {@code content} folder, lower-cased, with
 * the file name (or {@code slug}) as the last segment: {@code content/news/webinars/Talk.md} →
 * {@code /news/webinars/talk/}.
 */
final class Permalinks {
  private final Path root;
  private final String rootPrefix;
  private final Path siteContent;
  private final String sectionPath;

  /**
   * @param root the content root the bot was given
   */
  Permalinks(Path root) {
    this.root = root;
    this.rootPrefix = root.toString().endsWith("/") ? root.toString() : root + "/";
    this.siteContent = siteContentFolder(root);
    String section = siteContent.relativize(root.toAbsolutePath().normalize()).toString();
    this.sectionPath = section.isEmpty() ? "" : section + "/";
  }

  /**
   * @param file the page, under the root
   */
  String path(Path file, Optional<String> slug) {
    String relative = relativeToSite(file);
    String[] parts = relative.split("/");
    StringBuilder b = new StringBuilder("/");
    int dirs = parts.length - 1;
    String fileName = parts[parts.length - 1];
    boolean bundle = fileName.equals("index.md") && parts.length > 1;
    if (bundle) {
      dirs--;
    }
    for (int i = 0; i < dirs; i++) {
      b.append(urlize(parts[i])).append('/');
    }
    String last = bundle ? parts[parts.length - 2] : stripMd(fileName);
    b.append(urlize(slug.orElse(last))).append('/');
    return b.toString();
  }

  /** The page's path under the site's content folder, by string when it lies under the root. */
  private String relativeToSite(Path file) {
    String f = file.toString();
    if (f.startsWith(rootPrefix)) {
      return sectionPath + f.substring(rootPrefix.length());
    }
    Path absolute = file.toAbsolutePath().normalize();
    return siteContent.relativize(absolute).toString().replace('\\', '/');
  }

  Path root() {
    return root;
  }

  static URI url(UrlResolver urls, String path) {
    return urls.base().resolve(path.substring(1));
  }

  /** The id a page gets without a slug: its file name, or its folder for a page bundle. */
  static String fileId(Path file) {
    String name = file.getFileName().toString();
    if (name.equals("index.md")
        && file.getParent() != null
        && file.getParent().getFileName() != null) {
      return file.getParent().getFileName().toString();
    }
    return stripMd(name);
  }

  /**
   * The Hugo site's {@code content} folder: the root itself or its nearest ancestor named {@code
   * content}, so pointing the bot at {@code content/news/webinars} keeps Hugo's URLs.
   */
  private static Path siteContentFolder(Path root) {
    Path r = root.toAbsolutePath().normalize();
    for (Path p = r; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
        return p;
      }
    }
    return r;
  }

  private static String stripMd(String name) {
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  private static String urlize(String segment) {
    String s = segment.strip().toLowerCase(Locale.ROOT);
    return s.indexOf(' ') < 0 && s.indexOf('\t') < 0 ? s : s.replaceAll("\\s+", "-");
  }
}
