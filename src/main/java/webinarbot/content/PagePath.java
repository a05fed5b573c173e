package webinarbot.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a page file sits in a Hugo site, as Hugo sees it: the folder under the site's content, the
 * name its URL is made from, its language, and whether it is a regular page, a page bundle ({@code
 * index.md}) or a section page ({@code _index.md}).
 *
 * @param dir the folder the page belongs to, "/"-separated, "" at the top; for a bundle, the folder
 *     holding the bundle
 * @param name the file name without language and extension, or the bundle's folder name; "" for a
 *     section page
 * @param fileName the file's own name, as Hugo's {@code :filename} would not give it for a bundle
 */
record PagePath(Path file, String dir, String name, String fileName, String language, Kind kind) {

  /** Hugo's kinds of content file. */
  enum Kind {
    PAGE,
    BUNDLE,
    SECTION
  }

  /**
   * @param logical the file's path under the site's content, "/"-separated
   * @param mountLanguage the language its mount gives, if any
   */
  static PagePath of(Path file, String logical, Optional<String> mountLanguage, HugoSite site) {
    int slash = logical.lastIndexOf('/');
    String folder = slash < 0 ? "" : logical.substring(0, slash);
    String fileName = logical.substring(slash + 1);
    String stem =
        fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    String language = mountLanguage.orElse(site.defaultLanguage());
    int dot = stem.lastIndexOf('.');
    if (dot > 0
        && site.languages().contains(stem.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
      language = stem.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
      stem = stem.substring(0, dot);
    }
    if (stem.equals("_index")) {
      return new PagePath(file, folder, "", fileName, language, Kind.SECTION);
    }
    if (stem.equals("index") && !folder.isEmpty()) {
      int up = folder.lastIndexOf('/');
      return new PagePath(
          file,
          up < 0 ? "" : folder.substring(0, up),
          folder.substring(up + 1),
          fileName,
          language,
          Kind.BUNDLE);
    }
    return new PagePath(file, folder, stem, fileName, language, Kind.PAGE);
  }

  /** The top-level section: the first folder, or "" for a page at the top. */
  String section() {
    int slash = dir.indexOf('/');
    return slash < 0 ? dir : dir.substring(0, slash);
  }

  /** The folder the file itself is in: for a bundle, the bundle's own folder. */
  String fileDir() {
    if (kind == Kind.BUNDLE) {
      return dir.isEmpty() ? name : dir + "/" + name;
    }
    return dir;
  }

  /** True when the page lies in {@code section} ("news/webinars") or below it. */
  boolean isIn(String section) {
    String s = section;
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return true;
    }
    String d = fileDir();
    return d.equalsIgnoreCase(s)
        || (d.length() > s.length()
            && d.regionMatches(true, 0, s, 0, s.length())
            && d.charAt(s.length()) == '/');
  }

  /** The id a page gets without a slug: its file name, or its folder for a page bundle. */
  String id() {
    return name;
  }
}
