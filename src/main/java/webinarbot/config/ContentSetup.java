package webinarbot.config;

import java.nio.file.Path;
import java.util.Optional;
import webinarbot.content.ContentOptions;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.HugoSite;
import webinarbot.content.TalkSchema;

/**
 * The content reader the settings describe, and the folder it reads: {@code content.dir} (or {@code
 * --content}); with {@code site.root} set and no {@code content.dir}, the site's own content folder
 * (its {@code contentDir} or first content mount).
 *
 * @param loader reads the pages
 * @param root the folder to load and watch
 */
public record ContentSetup(HugoContentLoader loader, Path root) {

  public static ContentSetup of(Settings s) {
    Settings.Content c = s.content();
    ContentOptions options =
        new ContentOptions(
            s.site().baseUrlGiven() ? Optional.of(s.site().baseUrl()) : Optional.empty(),
            s.site().baseUrl(),
            s.schedule().timezone(),
            s.site().root(),
            c.sections(),
            c.types(),
            c.people(),
            TalkSchema.withOverrides(c.fields()));
    HugoContentLoader loader = new HugoContentLoader(options);
    Path root = c.dir();
    if (s.site().root().isPresent() && !c.dirGiven()) {
      root = HugoSite.read(s.site().root().get()).contentDir();
    }
    return new ContentSetup(loader, root);
  }
}
