package webinarbot.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks that {@code content.dir} names a folder, before any page is read from it. */
public final class ContentFolder {
  private ContentFolder() {}

  /** What is wrong with {@code dir} as a content folder, in words for the operator; or empty. */
  public static Optional<String> problem(Path dir) {
    if (Files.isDirectory(dir)) {
      return Optional.empty();
    }
    if (Files.exists(dir)) {
      return Optional.of(dir + " is a file, not a folder of pages");
    }
    return Optional.of("content folder " + dir + " not found");
  }
}
