package webinarbot.domain;

import java.net.URI;
import java.util.Objects;

/** A call-to-action link from a page's {@code btn} shortcode. */
public record Button(String label, URI url) {
  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
  }
}
