package webinarbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import webinarbot.command.Reply;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.CalendarLinks;
import webinarbot.domain.Webinar;

/** Answers to {@code /webinars} as Slack messages, one method per kind of reply. */
final class ReplyMessages implements Reply.Renderer<SlackMessage> {
  private static final ReplyMessages INSTANCE = new ReplyMessages(CalendarLinks.GOOGLE_ONLY);

  private final CalendarLinks calendar;

  private ReplyMessages(CalendarLinks calendar) {
    this.calendar = calendar;
  }

  /** Replies whose talks carry {@code calendar}'s links ({@code .ics} with {@code public_url}). */
  static ReplyMessages with(CalendarLinks calendar) {
    return new ReplyMessages(calendar);
  }

  /** With only the Google Calendar link. */
  static SlackMessage render(Reply reply) {
    return INSTANCE.message(reply);
  }

  SlackMessage message(Reply reply) {
    return reply.render(this);
  }

  @Override
  public SlackMessage webinars(Reply.Webinars list) {
    return list(list);
  }

  @Override
  public SlackMessage detail(Reply.Detail detail) {
    return detail(detail.webinar());
  }

  @Override
  public SlackMessage text(Reply.Text text) {
    return text(text.text());
  }

  @Override
  public SlackMessage announced(Reply.Announced announced) {
    return announcement(announced);
  }

  @Override
  public SlackMessage reminder(Reply.Reminder reminder) {
    Webinar w = reminder.webinar();
    String title = SlackText.escape(w.title());
    String text = reminder.words("*" + title + "*", SlackTime.mrkdwn(w.time()));
    String fallback = reminder.words(title, SlackText.escape(SlackTime.plain(w.time())));
    return new SlackMessage(fallback, List.of(BlockKit.section(text)));
  }

  /** Plain words, escaped: they may echo what the user typed. */
  static SlackMessage text(String words) {
    String escaped = SlackText.escape(words);
    return new SlackMessage(escaped, List.of(BlockKit.section(escaped)));
  }

  private static SlackMessage list(Reply.Webinars reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockKit.header(SlackText.escape(reply.heading())));
    if (reply.webinars().isEmpty()) {
      blocks.add(BlockKit.section(SlackText.escape(reply.whenEmpty())));
      return new SlackMessage(SlackText.escape(reply.whenEmpty()), blocks);
    }
    blocks.addAll(WebinarList.entries(reply.webinars(), SlackLimits.BLOCKS - blocks.size() - 1));
    blocks.add(BlockKit.context("`/webinars show ID` shows one in full."));
    List<String> titles = reply.webinars().stream().map(Webinar::title).toList();
    return new SlackMessage(
        SlackText.escape(reply.heading() + ": " + String.join("; ", titles)), blocks);
  }

  private SlackMessage detail(Webinar w) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(WebinarBlocks.title(w));
    blocks.add(BlockKit.section(WebinarBlocks.when(w)));
    blocks.addAll(Details.of(w, blocks.size(), calendar));
    String text = SlackText.escape(w.title() + ", " + SlackTime.plain(w.time()));
    return new SlackMessage(text + " " + SlackText.url(w.pageUrl()), blocks);
  }

  private static SlackMessage announcement(Reply.Announced reply) {
    Announcer.Outcome o = reply.outcome();
    StringBuilder b = new StringBuilder(":mega: ");
    b.append(o.posted().isEmpty() ? "Nothing new was posted for *" : "Posted *");
    b.append(SlackText.escape(reply.webinar().title()))
        .append("* (")
        .append(reply.kind().code())
        .append(')');
    line(b, "Posted to", o.posted());
    line(b, "Already posted to", o.alreadyPosted());
    line(b, "Failed", o.failed());
    if (o.posted().isEmpty() && o.alreadyPosted().isEmpty() && o.failed().isEmpty()) {
      b.append("\nNo channels are configured for announcements.");
    }
    String text = b.toString();
    return new SlackMessage(text, List.of(BlockKit.section(text, reply.webinar().pageUrl())));
  }

  private static void line(StringBuilder b, String label, List<String> items) {
    if (!items.isEmpty()) {
      b.append("\n*")
          .append(label)
          .append(":* ")
          .append(SlackText.escape(String.join(", ", items)));
    }
  }
}
