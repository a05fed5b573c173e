package webinarbot.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A page read only for what it says of the site (its type, a speaker's profile), not as a talk: a
 * page that cannot be read this way is simply not one of those, so its problems are dropped here
 * and reported, if it is a talk, by the talk reader.
 */
record QuietPage(FrontMatter frontMatter, Fields fields) {
  static Optional<QuietPage> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    Problems ignored = new Problems(file.toString());
    Optional<FrontMatter> fm = FrontMatter.split(PageText.decode(bytes, ignored), ignored);
    if (fm.isEmpty()) {
      return Optional.empty();
    }
    Optional<Fields> fields =
        fm.get().format() == FrontMatter.Format.TOML
            ? TomlFrontMatter.read(fm.get(), ignored)
            : YamlFrontMatter.read(fm.get(), ignored);
    return fields.map(f -> new QuietPage(fm.get(), f));
  }
}
