package webinarbot.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Only absolute http and https links are ever posted; relative ones resolve against the page. */
final class LinkPolicy {
  private LinkPolicy() {}

  static Optional<URI> absoluteHttp(URI base, String destination) {
    if (destination == null || destination.isBlank()) {
      return Optional.empty();
    }
    try {
      URI resolved = base.resolve(new URI(destination.strip()));
      String scheme =
          resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && resolved.getHost() != null ? Optional.of(resolved) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
