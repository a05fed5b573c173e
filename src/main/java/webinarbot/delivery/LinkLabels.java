package webinarbot.delivery;

import java.net.URI;
import java.util.Locale;

/**
 * The words of a link from a page never hide where it goes. Markdown's {@code [text](url)} lets a
 * page say "Register on fd.io" and link anywhere; both chat renderers show such a link as its text
 * followed by the destination's host, {@code Register on fd.io (evil.example)}, still clickable.
 * Text that already is the URL or the host is left as it is.
 */
public final class LinkLabels {
  private LinkLabels() {}

  /** {@code label}, plus " (host)" unless the label already names the destination. */
  public static String withHost(String label, URI url) {
    return needsHost(label, url) ? label + " (" + host(url) + ")" : label;
  }

  /** False when the label is the URL or its host (scheme, "www." and a final "/" aside). */
  public static boolean needsHost(String label, URI url) {
    String words = normalise(label);
    return !words.equals(normalise(host(url))) && !words.equals(normalise(url.toString()));
  }

  /** The host as a reader should see it: lower case, as the URL has it (punycode stays). */
  public static String host(URI url) {
    String host = url.getHost();
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }

  private static String normalise(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    t = t.startsWith("https://") ? t.substring(8) : t.startsWith("http://") ? t.substring(7) : t;
    t = t.startsWith("www.") ? t.substring(4) : t;
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }
}
