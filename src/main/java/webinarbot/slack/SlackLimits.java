package webinarbot.slack;

import java.net.URI;

/**
 * Slack's Block Kit limits, and cutting text to fit them without breaking an escape, a link or a
 * date token in half. Anything over a limit makes Slack reject the whole message.
 */
final class SlackLimits {
  static final int BLOCKS = 50;
  static final int SECTION_TEXT = 3000;
  static final int HEADER_TEXT = 150;
  static final int BUTTON_TEXT = 75;
  static final int BUTTONS_PER_ACTIONS = 25;
  static final int URL = 3000;
  static final int ALT_TEXT = 2000;

  /** Slack cuts {@code text} at 40,000; a notification preview needs far less. */
  static final int FALLBACK_TEXT = 3000;

  static final String ELLIPSIS = "…";

  private SlackLimits() {}

  /** Plain or mrkdwn text cut to {@code max} characters, ending in "…" when cut. */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return cut(text, max - ELLIPSIS.length()) + ELLIPSIS;
  }

  /** mrkdwn cut to {@code max}, ending in "…" and a link to where the rest can be read. */
  static String fit(String mrkdwn, int max, URI page) {
    if (mrkdwn.length() <= max) {
      return mrkdwn;
    }
    String more = " " + SlackText.link(page, "read more on the webinar page");
    String kept = cut(mrkdwn, max - more.length() - ELLIPSIS.length() - 4);
    if (countOf(kept, "```") % 2 == 1) {
      kept += "```"; // close a cut code block, or the link would show as code
    }
    return kept + ELLIPSIS + more;
  }

  /** The longest prefix of at most {@code max} chars that ends outside tokens and entities. */
  static String cut(String text, int max) {
    int end = Math.max(0, Math.min(max, text.length()));
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String kept = text.substring(0, end);
    int open = kept.lastIndexOf('<');
    if (open >= 0 && open > kept.lastIndexOf('>')) {
      kept = kept.substring(0, open); // inside <url|label> or <!date…>
    }
    int amp = kept.lastIndexOf('&');
    if (amp >= 0 && amp > kept.lastIndexOf(';') && kept.length() - amp <= 5) {
      kept = kept.substring(0, amp); // inside &amp; &lt; &gt;
    }
    return kept.stripTrailing();
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
