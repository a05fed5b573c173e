package webinarbot.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page text made safe for a pull request comment: it reads as written and cannot format, link, open
 * HTML, close the comment's marker or mention anyone ({@code @user}, {@code @org/team}).
 */
final class MarkdownText {
  /** U+2060 WORD JOINER: after "@" it keeps the text and breaks the mention. */
  private static final String JOINER = "\u2060";

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private MarkdownText() {}

  /** Text for a line or a table cell. */
  static String inline(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n', '\r' -> b.append(' ');
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '@' -> b.append('@').append(JOINER);
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Inline code: the delimiter is longer than any run of backticks in {@code s}. */
  static String code(String s) {
    if (s.indexOf('`') < 0) {
      return "`" + s + "`";
    }
    int longest = 0;
    Matcher m = BACKTICKS.matcher(s);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String d = "`".repeat(longest + 1);
    return d + " " + s.replace('\n', ' ') + " " + d;
  }

  /**
   * A fenced code block around {@code text}: its fence is longer than any run of backticks in it.
   */
  static String block(String lang, String text) {
    int longest = 2;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(longest + 1);
    String body = text.endsWith("\n") ? text : text + "\n";
    return fence + lang + "\n" + body + fence + "\n";
  }
}
