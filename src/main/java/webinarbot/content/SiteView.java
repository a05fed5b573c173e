package webinarbot.content;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One load's view of a site: the site itself, how its pages are placed and named, and the talk
 * settings. Shared by every page read in the load (pages are read in parallel: all of it is
 * immutable or thread-safe).
 */
final class SiteView {
  private final HugoSite site;
  private final ContentOptions options;
  private final URI base;
  private final UrlResolver urls;
  private final Sections sections;
  private final Permalinks permalinks;
  private final People people;
  private final String[] mountPrefixes;
  private final boolean[] deepest;

  SiteView(HugoSite site, ContentOptions options) {
    this.site = site;
    this.options = options;
    this.base = options.baseUrl().or(site::baseUrl).orElse(options.fallbackBaseUrl());
    this.urls = new UrlResolver(base);
    this.sections = new Sections(site);
    this.permalinks = new Permalinks(site, sections::isSection);
    this.people = new People(this);
    List<HugoSite.Mount> mounts = site.mounts();
    this.mountPrefixes = new String[mounts.size()];
    this.deepest = new boolean[mounts.size()];
    for (int i = 0; i < mounts.size(); i++) {
      mountPrefixes[i] = mounts.get(i).source().toString() + "/";
      int self = i;
      Path source = mounts.get(i).source();
      // The string shortcut holds only when no other mount lies inside this one.
      deepest[i] =
          java.util.stream.IntStream.range(0, mounts.size())
              .noneMatch(j -> j != self && mounts.get(j).source().startsWith(source));
    }
  }

  /**
   * The site holding {@code contentRoot}: {@code site.root} when set, else the nearest folder above
   * with a Hugo configuration whose content holds the root, else a plain folder of pages whose
   * content folder is the nearest one named {@code content} (or the root itself).
   */
  static HugoSite siteFor(Path contentRoot, ContentOptions options) {
    Path root = contentRoot.toAbsolutePath().normalize();
    if (options.siteRoot().isPresent()) {
      return HugoSite.read(options.siteRoot().get());
    }
    for (Path p = root; p != null; p = p.getParent()) {
      if (HugoSite.isSite(p)) {
        HugoSite s = HugoSite.read(p);
        if (s.mountOf(root).isPresent()) {
          return s;
        }
        break;
      }
    }
    for (Path p = root; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
        return HugoSite.plain(p);
      }
    }
    return HugoSite.plain(root);
  }

  HugoSite site() {
    return site;
  }

  ContentOptions options() {
    return options;
  }

  URI base() {
    return base;
  }

  UrlResolver urls() {
    return urls;
  }

  Sections sections() {
    return sections;
  }

  Permalinks permalinks() {
    return permalinks;
  }

  People people() {
    return people;
  }

  /** Where a file sits in the site; a file outside every content mount is placed by its name. */
  PagePath locate(Path file, Path walkedRoot) {
    // By string first: thousands of files under one mount, and Path arithmetic is slow.
    String f = file.isAbsolute() ? file.toString() : file.toAbsolutePath().normalize().toString();
    for (int i = 0; i < mountPrefixes.length; i++) {
      if (f.startsWith(mountPrefixes[i]) && f.indexOf("/.", mountPrefixes[i].length() - 1) < 0) {
        HugoSite.Mount m = site.mounts().get(i);
        String rel = f.substring(mountPrefixes[i].length());
        String logical = m.target().isEmpty() ? rel : m.target() + "/" + rel;
        if (deepest[i]) {
          return PagePath.of(file, logical, m.language(), site);
        }
        break;
      }
    }
    Optional<HugoSite.Mount> mount = site.mountOf(file);
    if (mount.isPresent()) {
      String rel =
          mount
              .get()
              .source()
              .relativize(file.toAbsolutePath().normalize())
              .toString()
              .replace('\\', '/');
      String logical = mount.get().target().isEmpty() ? rel : mount.get().target() + "/" + rel;
      return PagePath.of(file, logical, mount.get().language(), site);
    }
    String rel = walkedRoot.relativize(file).toString().replace('\\', '/');
    return PagePath.of(file, rel, Optional.empty(), site);
  }

  /** True when the page is in one of {@code content.sections} (all pages when none is set). */
  boolean inTalkSections(PagePath p) {
    if (options.sections().isEmpty()) {
      return true;
    }
    for (String s : options.sections()) {
      if (p.isIn(s)) {
        return true;
      }
    }
    return false;
  }

  /** True when the page is a person page of {@code content.people}. */
  boolean isPersonPage(PagePath p) {
    return options.people().isPresent() && people.holds(p);
  }
}
