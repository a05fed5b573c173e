package webinarbot.discord;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * What the bot posts to a channel for each kind of post: a first line saying why this message
 * exists (new, reminder, starting, update, cancellation, follow-up, digest), the webinar's embed
 * and its link buttons.
 */
public final class DiscordPosts {
  static final int BLUE = 0x3B82F6;
  static final int AMBER = 0xF59E0B;
  static final int GREEN = 0x10B981;
  static final int PURPLE = 0x8B5CF6;
  static final int RED = 0xEF4444;
  private static final int CHANGE_TEXT = 200;
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** Posts with only the Google Calendar link (no {@code http.public_url}). */
  static final DiscordPosts GOOGLE_ONLY = new DiscordPosts(CalendarLinks.GOOGLE_ONLY);

  private final CalendarLinks calendar;

  DiscordPosts(CalendarLinks calendar) {
    this.calendar = calendar;
  }

  public DiscordMessage compose(Post post) {
    return post.render(this::about, DiscordPosts::digest);
  }

  private static DiscordMessage digest(Post.Digest digest) {
    String heading = "Webinars in the week of " + digest.weekOf().format(WEEK);
    return new DiscordMessage(
        "🗓️ " + heading, List.of(WebinarList.embed(heading, digest.webinars(), BLUE)), List.of());
  }

  /** The one switch over the kinds: the first line, the embed's colour and the buttons. */
  private DiscordMessage about(Post.About about) {
    Webinar w = about.webinar();
    String title =
        "**" + DiscordText.truncate(DiscordText.plain(DiscordText.oneLine(w.title())), 200) + "**";
    PostKind kind = about.kind();
    return switch (kind.type()) {
      case ANNOUNCEMENT ->
          remindable(
              detailed(
                  "📣 New webinar: "
                      + title
                      + ", "
                      + DiscordTime.relative(w.time())
                      + about.interestWords().map(n -> "\n🔔 " + n).orElse(""),
                  w,
                  BLUE),
              w);
      case REMINDER ->
          kind.lead().isZero()
              ? detailed("🔴 Starting now: " + title, w, AMBER)
              : remindable(
                  detailed(
                      "⏰ Reminder: " + title + " starts " + DiscordTime.relative(w.time()),
                      w,
                      AMBER),
                  w);
      case UPDATE -> detailed("✏️ Updated: " + title + changes(about.changes()), w, PURPLE);
      case CANCELLATION ->
          new DiscordMessage(
              "❌ Cancelled: " + title,
              List.of(
                  WebinarEmbed.brief(
                      w,
                      RED,
                      "This webinar will not take place. It was planned for "
                          + DiscordTime.when(w.time())
                          + ".")),
              LinkButtons.page(w));
      case FOLLOW_UP ->
          new DiscordMessage(
              "🎬 Now available for " + title + ": " + available(w),
              WebinarEmbed.details(w, GREEN),
              LinkButtons.recordings(w));
      case PERSONAL ->
          new DiscordMessage(
              "🔔 Your reminder: " + title + " starts " + DiscordTime.relative(w.time()),
              List.of(WebinarEmbed.brief(w, AMBER, "Starts " + DiscordTime.when(w.time()) + ".")),
              LinkButtons.all(w, calendar));
      case DIGEST -> throw new IllegalArgumentException("a digest is a Post.Digest");
    };
  }

  private static DiscordMessage remindable(DiscordMessage m, Webinar w) {
    return new DiscordMessage(m.content(), m.embeds(), LinkButtons.withRemindMe(m.rows(), w.id()));
  }

  private DiscordMessage detailed(String content, Webinar w, int color) {
    return new DiscordMessage(
        content, WebinarEmbed.details(w, color), LinkButtons.all(w, calendar));
  }

  private static String changes(List<Change> changes) {
    StringBuilder b = new StringBuilder();
    for (Change c : changes) {
      b.append("\n• ").append(DiscordText.plain(DiscordText.oneLine(c.field()))).append(": ");
      if (!c.before().isBlank()) {
        b.append("~~").append(changeText(c.before())).append("~~ → ");
      }
      b.append(c.after().isBlank() ? "*removed*" : changeText(c.after()));
    }
    return b.toString();
  }

  private static String changeText(String text) {
    return DiscordText.truncate(DiscordText.plain(DiscordText.oneLine(text)), CHANGE_TEXT);
  }

  private static String available(Webinar w) {
    List<String> parts = new ArrayList<>();
    w.links().video().ifPresent(v -> parts.add("the recording"));
    if (w.links().slidesPdf().isPresent() || w.links().slides().isPresent()) {
      parts.add("the slides");
    }
    return parts.isEmpty() ? "the materials" : String.join(" and ", parts);
  }
}
