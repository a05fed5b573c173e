package webinarbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page thousands of folders deep ({@code a/a/a/…/deep.md}), deeper than a path the system lets
 * anyone name: built bottom up and taken apart top down by renaming one level at a time, so no path
 * ever used is long.
 */
public final class DeepFolder {
  private DeepFolder() {}

  /**
   * Makes {@code top/a/a/…/a/NAME} with {@code depth} folders named {@code a} below {@code top}.
   */
  public static void make(Path top, int depth, String name, String text) {
    try {
      Path work = Files.createTempDirectory(top.getParent(), "deep");
      Path bottom = work.resolve("level");
      Files.createDirectory(bottom);
      Files.writeString(bottom.resolve(name), text, StandardCharsets.UTF_8);
      for (int i = 1; i < depth; i++) {
        Path up = work.resolve("up");
        Files.createDirectory(up);
        Files.move(bottom, up.resolve("a"));
        Files.move(up, bottom);
      }
      Files.createDirectories(top);
      Files.move(bottom, top.resolve("a"));
      Files.delete(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes {@code top/a} and everything in it, level by level. */
  public static void delete(Path top) {
    try {
      if (!Files.isDirectory(top.resolve("a"))) {
        return;
      }
      Path work = Files.createTempDirectory(top.getParent(), "undeep");
      Path current = work.resolve("current");
      Path next = work.resolve("next");
      Files.move(top.resolve("a"), current);
      while (true) {
        boolean deeper = Files.isDirectory(current.resolve("a"));
        if (deeper) {
          Files.move(current.resolve("a"), next);
        }
        try (var entries = Files.list(current)) {
          for (Path p : (Iterable<Path>) entries::iterator) {
            Files.delete(p);
          }
        }
        Files.delete(current);
        if (!deeper) {
          break;
        }
        Files.move(next, current);
      }
      Files.delete(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
