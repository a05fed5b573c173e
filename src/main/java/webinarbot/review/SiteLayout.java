package webinarbot.review;

import java.nio.file.Path;
import java.util.Optional;
import webinarbot.config.Settings;

/**
 * Where the settings' content folder and site root lie relative to an anchor (the top of the git
 * repository holding them, else the site root, else the content folder itself), so the same places
 * can be found in another copy of the tree: a commit written to a folder, or a folder given as
 * {@code --base}.
 *
 * @param content the content folder relative to the anchor ("" for the anchor itself)
 * @param siteRoot {@code site.root} relative to the anchor, when set
 */
record SiteLayout(Path anchor, String content, Optional<String> siteRoot) {

  static SiteLayout of(Settings s, Optional<Path> repositoryTop) {
    Path content = absolute(s.content().dir());
    Optional<Path> site = s.site().root().map(SiteLayout::absolute);
    Path anchor =
        repositoryTop
            .filter(top -> content.startsWith(top) && site.map(r -> r.startsWith(top)).orElse(true))
            .or(() -> site.filter(content::startsWith))
            .orElse(content);
    return new SiteLayout(anchor, relative(anchor, content), site.map(r -> relative(anchor, r)));
  }

  /** The settings reading the copy of the site in {@code tree}. */
  Settings settingsIn(Path tree, Settings s) {
    Settings.Content c = s.content();
    Settings.Content moved =
        new Settings.Content(
            tree.resolve(content).normalize(),
            c.dirGiven(),
            c.sections(),
            c.types(),
            c.people(),
            c.fields());
    Settings.Site site =
        new Settings.Site(
            s.site().baseUrl(),
            s.site().baseUrlGiven(),
            siteRoot.map(r -> tree.resolve(r).normalize()));
    return s.withContent(moved).withSite(site);
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static String relative(Path anchor, Path p) {
    return anchor.relativize(p).toString().replace('\\', '/');
  }
}
