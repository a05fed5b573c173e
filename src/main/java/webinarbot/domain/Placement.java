package webinarbot.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a talk's page sits in its site, as routes match it.
 *
 * @param section the page's folder under the content folder, "/"-separated ({@code news/webinars}),
 *     "" at the top or when unknown
 * @param type the page's Hugo type: its front matter {@code type}, else its top-level section, as
 *     Hugo defaults it; lower case, "" when unknown
 */
public record Placement(String section, String type) {
  /** A talk whose page is not known (built in code, or saved by an older version). */
  public static final Placement UNKNOWN = new Placement("", "");

  public Placement {
    section = trimSlashes(Objects.requireNonNull(section, "section"));
    type = Objects.requireNonNull(type, "type").strip().toLowerCase(Locale.ROOT);
  }

  /** True when the page lies in {@code folder} ({@code news/webinars}) or below it. */
  public boolean isIn(String folder) {
    String f = trimSlashes(folder);
    return f.isEmpty() || section.equals(f) || section.startsWith(f + "/");
  }

  private static String trimSlashes(String s) {
    String out = s.strip().replace('\\', '/');
    while (out.startsWith("/")) {
      out = out.substring(1);
    }
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
