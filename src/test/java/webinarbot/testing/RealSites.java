package webinarbot.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real Hugo sites in test resources ({@code sites/NAME/README.md} says where each is from). */
public final class RealSites {
  private RealSites() {}

  /** {@code …/sites/NAME}, or a path inside it. */
  public static Path folder(String name) {
    try {
      return Path.of(RealSites.class.getResource("/sites/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
