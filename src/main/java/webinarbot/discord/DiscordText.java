package webinarbot.discord;

import java.util.regex.Pattern;

/**
 * Makes page text safe and short enough for Discord. Every piece of page content that reaches a
 * message goes through {@link #neutralise} so that it can neither ping anyone nor even look like a
 * ping, whatever {@code allowed_mentions} says.
 */
public final class DiscordText {
  /** What a cut-off text ends with. */
  public static final String ELLIPSIS = "…";

  private static final char ZERO_WIDTH_SPACE = '\u200B';
  private static final Pattern MASS_MENTION = Pattern.compile("(?i)@(everyone|here)");
  // <@123>, <@!123>, <@&123>, <#123>, </command:123>, <:emoji:123>, <t:123:R>: all markup.
  private static final Pattern ANGLE_MARKUP = Pattern.compile("<(?=[@#/:!&a-zA-Z])");
  private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|\\[\\]])");
  private static final Pattern LINE_START_MARKUP =
      Pattern.compile("(?m)^(\\s*)([#>+-]|\\d+\\.)(?=\\s)");

  private DiscordText() {}

  /**
   * Breaks {@code @everyone}, {@code @here}, user, role and channel mentions and other angle markup
   * with an invisible space, so Discord shows them as the plain text they are.
   */
  public static String neutralise(String text) {
    String t = MASS_MENTION.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
    return ANGLE_MARKUP.matcher(t).replaceAll("<" + ZERO_WIDTH_SPACE);
  }

  /** Plain text that must show as written: markdown characters escaped, mentions broken. */
  public static String plain(String text) {
    return neutralise(escapeLineStarts(escapeInline(text)));
  }

  /** Escapes the characters Discord reads as inline markdown. */
  static String escapeInline(String text) {
    return MARKDOWN.matcher(text).replaceAll("\\\\$1");
  }

  /** Escapes what would start a heading, quote or list at the start of a line. */
  static String escapeLineStarts(String text) {
    return LINE_START_MARKUP.matcher(text).replaceAll("$1\\\\$2");
  }

  /** Plain text on one line, for titles and labels. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * At most {@code max} characters (UTF-16 units, as Discord and JDA count them), cut at a word
   * boundary when one is near and ended with "…".
   */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - ELLIPSIS.length();
    if (cut <= 0) {
      return ELLIPSIS.substring(0, Math.max(0, max));
    }
    int space = text.lastIndexOf(' ', cut);
    int newline = text.lastIndexOf('\n', cut);
    int boundary = Math.max(space, newline);
    if (boundary > cut - 40 && boundary > 0) {
      cut = boundary;
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    // An escape backslash left dangling at the end would escape the ellipsis instead.
    String head = text.substring(0, cut).stripTrailing();
    while (head.endsWith("\\")) {
      head = head.substring(0, head.length() - 1);
    }
    return head + ELLIPSIS;
  }
}
