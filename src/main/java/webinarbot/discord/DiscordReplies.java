package webinarbot.discord;

import java.util.List;
import webinarbot.command.Announcer;
import webinarbot.command.Reply;

/** How the answers of {@code /webinars} look on Discord. */
final class DiscordReplies {
  private static final String DISCORD_TARGET = DiscordNotifier.PLATFORM + ":";

  private DiscordReplies() {}

  static DiscordMessage render(Reply reply) {
    if (reply instanceof Reply.Webinars list) {
      return list.webinars().isEmpty()
          ? DiscordMessage.text(DiscordText.neutralise(list.whenEmpty()))
          : new DiscordMessage(
              "",
              List.of(WebinarList.embed(list.heading(), list.webinars(), DiscordPosts.BLUE)),
              List.of());
    } else if (reply instanceof Reply.Detail detail) {
      return new DiscordMessage(
          "",
          WebinarEmbed.details(detail.webinar(), DiscordPosts.BLUE),
          LinkButtons.all(detail.webinar()));
    } else if (reply instanceof Reply.Announced announced) {
      return DiscordMessage.text(announced(announced));
    }
    return DiscordMessage.text(DiscordText.neutralise(((Reply.Text) reply).text()));
  }

  private static String announced(Reply.Announced a) {
    Announcer.Outcome o = a.outcome();
    String title =
        DiscordText.truncate(DiscordText.plain(DiscordText.oneLine(a.webinar().title())), 200);
    StringBuilder b =
        new StringBuilder("📣 **").append(title).append("** (").append(a.kind().code()).append(")");
    line(b, "Posted in", o.posted());
    line(b, "Already posted in", o.alreadyPosted());
    if (!o.failed().isEmpty()) {
      b.append("\nCould not post in:");
      o.failed().forEach(f -> b.append("\n• ").append(DiscordText.neutralise(f)));
    }
    if (o.posted().isEmpty() && o.alreadyPosted().isEmpty() && o.failed().isEmpty()) {
      b.append("\nNo channels are configured, so nothing was posted.");
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String label, List<String> targets) {
    if (targets.isEmpty()) {
      return;
    }
    b.append('\n').append(label).append(": ");
    b.append(String.join(", ", targets.stream().map(DiscordReplies::target).toList()));
  }

  /** A Discord channel as a link to it (a channel mention pings nobody); others as their key. */
  private static String target(String key) {
    if (key.startsWith(DISCORD_TARGET) && key.substring(DISCORD_TARGET.length()).matches("\\d+")) {
      return "<#" + key.substring(DISCORD_TARGET.length()) + ">";
    }
    return "`" + DiscordText.neutralise(key.replace('`', 'ˋ')) + "`";
  }
}
