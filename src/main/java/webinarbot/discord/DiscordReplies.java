package webinarbot.discord;

import java.util.List;
import webinarbot.command.Reply;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.CalendarLinks;

/** How the answers of {@code /webinars} look on Discord, one method per kind of reply. */
final class DiscordReplies implements Reply.Renderer<DiscordMessage> {
  private static final String DISCORD_TARGET = DiscordNotifier.PLATFORM + ":";
  private static final DiscordReplies INSTANCE = new DiscordReplies(CalendarLinks.GOOGLE_ONLY);

  private final CalendarLinks calendar;

  private DiscordReplies(CalendarLinks calendar) {
    this.calendar = calendar;
  }

  /** Replies whose talks carry {@code calendar}'s links ({@code .ics} with {@code public_url}). */
  static DiscordReplies with(CalendarLinks calendar) {
    return new DiscordReplies(calendar);
  }

  /** With only the Google Calendar link. */
  static DiscordMessage render(Reply reply) {
    return INSTANCE.message(reply);
  }

  DiscordMessage message(Reply reply) {
    return reply.render(this);
  }

  @Override
  public DiscordMessage webinars(Reply.Webinars list) {
    return list.webinars().isEmpty()
        ? DiscordMessage.text(DiscordText.neutralise(list.whenEmpty()))
        : new DiscordMessage(
            "",
            List.of(WebinarList.embed(list.heading(), list.webinars(), DiscordPosts.BLUE)),
            List.of());
  }

  @Override
  public DiscordMessage detail(Reply.Detail detail) {
    return new DiscordMessage(
        "",
        WebinarEmbed.details(detail.webinar(), DiscordPosts.BLUE),
        LinkButtons.all(detail.webinar(), calendar));
  }

  @Override
  public DiscordMessage text(Reply.Text text) {
    return DiscordMessage.text(DiscordText.neutralise(text.text()));
  }

  @Override
  public DiscordMessage announced(Reply.Announced announced) {
    return DiscordMessage.text(announcement(announced));
  }

  @Override
  public DiscordMessage reminder(Reply.Reminder reminder) {
    String title =
        DiscordText.truncate(
            DiscordText.plain(DiscordText.oneLine(reminder.webinar().title())), 200);
    return DiscordMessage.text(
        reminder.words("**" + title + "**", DiscordTime.when(reminder.webinar().time())));
  }

  private static String announcement(Reply.Announced a) {
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
