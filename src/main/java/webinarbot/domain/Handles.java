package webinarbot.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Social handles as pages write them: {@code @name}, {@code name}. */
final class Handles {
  private Handles() {}

  static String path(String handle) {
    String bare = handle.strip();
    if (bare.startsWith("@")) {
      bare = bare.substring(1);
    }
    return URLEncoder.encode(bare, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
