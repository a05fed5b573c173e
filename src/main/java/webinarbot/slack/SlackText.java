package webinarbot.slack;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes page content safe to put in any Slack text field. Slack turns {@code <!channel>}, {@code
 * <@U123>} and {@code <!subteam^S1>} into pings, so every {@code <}, {@code >} and {@code &} from
 * content is escaped; the bare words {@code @everyone}, {@code @here} and {@code @channel} are
 * broken with an invisible word joiner, so they stay inert even if a client ever links names.
 */
public final class SlackText {
  /** U+2060 WORD JOINER: invisible, and it stops Slack from reading the word after the @. */
  static final String JOINER = "\u2060";

  private static final Pattern BROADCAST_WORD =
      Pattern.compile("@(?=(?:everyone|here|channel)\\b)", Pattern.CASE_INSENSITIVE);

  private SlackText() {}

  /** Content text, escaped for mrkdwn and plain_text alike. */
  public static String escape(String content) {
    StringBuilder b = new StringBuilder(content.length() + 16);
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
    return BROADCAST_WORD.matcher(b).replaceAll("@" + JOINER);
  }

  /**
   * A link in mrkdwn, {@code <url|label>}. Only http and https are linked; the URL cannot break out
   * of the brackets, and the label is escaped like any content.
   */
  public static String link(URI url, String label) {
    if (!isWeb(url)) {
      return escape(label);
    }
    return "<" + url(url) + (label.isBlank() ? "" : "|" + escape(label).replace("|", "¦")) + ">";
  }

  /** A URL for a link or a button: characters that would end the link are percent-encoded. */
  public static String url(URI url) {
    return url.toString()
        .replace("&", "&amp;")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("|", "%7C")
        .replace(" ", "%20");
  }

  /** A URL for a JSON field that Slack does not parse as mrkdwn (button url, image_url). */
  public static String rawUrl(URI url) {
    return url.toString().replace(" ", "%20");
  }

  public static boolean isWeb(URI url) {
    String scheme = url.getScheme();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && url.getHost() != null;
  }
}
