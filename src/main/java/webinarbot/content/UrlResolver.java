package webinarbot.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes page links absolute and safe to post: {@code /img/x.jpg} resolves against {@code
 * site.base_url}, a bare {@code x.jpg} against the page, and anything but http(s) is refused.
 */
final class UrlResolver {
  private final URI base;

  /**
   * @param base {@code site.base_url}, ending in "/"
   */
  UrlResolver(URI base) {
    this.base = base;
  }

  URI base() {
    return base;
  }

  private URI absolute(URI uri, String written, URI page) throws URISyntaxException {
    if (uri.getScheme() != null) {
      return uri;
    }
    if (written.startsWith("//")) {
      return new URI("https:" + uri);
    }
    if (written.startsWith("/")) {
      // "./" keeps a colon in the first segment from being read as a scheme.
      return base.resolve(new URI("./" + uri.toString().substring(1)));
    }
    return page.resolve(uri);
  }

  /**
   * @param page the page's own URL, for links relative to it
   * @param where the field or shortcode argument, for the message
   */
  Optional<URI> resolve(
      String raw, URI page, Problems problems, int line, int column, String where) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = absolute(new URI(s.replace(" ", "%20")), s, page);
    } catch (URISyntaxException | IllegalArgumentException e) {
      problems.linkError(
          line, column, where, where + ": \"" + s + "\" is not a valid URL; the link is dropped");
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      problems.linkError(
          line,
          column,
          where,
          where + ": only http and https links are posted; \"" + s + "\" is dropped");
      return Optional.empty();
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      problems.linkError(
          line, column, where, where + ": \"" + s + "\" has no host; the link is dropped");
      return Optional.empty();
    }
    return Optional.of(uri);
  }
}
