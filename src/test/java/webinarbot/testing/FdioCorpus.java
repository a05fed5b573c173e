package webinarbot.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;
import webinarbot.domain.Webinar;

/** The 25 real FD.io pages in test resources, loaded as the bot would with FD.io's settings. */
public final class FdioCorpus {
  public static final URI BASE_URL = URI.create("https://fd.io/");
  public static final ZoneId SCHEDULE_ZONE = ZoneId.of("UTC");

  private static LoadResult cached;

  private FdioCorpus() {}

  /** The folder holding the pages: {@code …/fdio/content/news/webinars}. */
  public static Path folder() {
    try {
      return Path.of(FdioCorpus.class.getResource("/fdio/content/news/webinars").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static synchronized LoadResult load() {
    if (cached == null) {
      cached = new HugoContentLoader(BASE_URL, SCHEDULE_ZONE).load(folder());
    }
    return cached;
  }

  public static Webinar webinar(String id) {
    return load().catalogue().find(id).orElseThrow(() -> new AssertionError("no webinar " + id));
  }
}
