package webinarbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;

/**
 * A content folder tests write pages into, laid out as a Hugo site: {@code content/news/webinars}.
 */
public final class PageFolder {
  public static final URI BASE_URL = URI.create("https://example.org/");

  private final Path content;
  private final Path webinars;

  public PageFolder(Path tempDir) {
    this.content = tempDir.resolve("content");
    this.webinars = content.resolve("news").resolve("webinars");
    try {
      Files.createDirectories(webinars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder to point the bot at. */
  public Path root() {
    return webinars;
  }

  public Path write(String fileName, String text) {
    return writeBytes(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  public Path writeBytes(String fileName, byte[] bytes) {
    Path p = webinars.resolve(fileName);
    try {
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** A minimal valid TOML page. */
  public Path webinar(String fileName, String title, String date, String timeSlot) {
    return write(
        fileName,
        "+++\ntitle = \""
            + title
            + "\"\ndate = \""
            + date
            + "\"\ntime_slot = \""
            + timeSlot
            + "\"\ntype = \"webinar\"\n+++\n\nAbout "
            + title
            + ".\n");
  }

  public void delete(String fileName) {
    try {
      Files.deleteIfExists(webinars.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public LoadResult load() {
    return load(ZoneId.of("UTC"));
  }

  public LoadResult load(ZoneId scheduleZone) {
    return new HugoContentLoader(BASE_URL, scheduleZone).load(webinars);
  }
}
