package webinarbot.slack;

import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;

/** {@code preview --platform slack}: the exact {@code {text, blocks}} a post would be sent as. */
public final class SlackRenderer implements PostRenderer {
  public static final String PLATFORM = "slack";

  private final PostMessages messages;

  /** Posts with only the Google Calendar link (no {@code http.public_url}). */
  public SlackRenderer() {
    this(CalendarLinks.GOOGLE_ONLY);
  }

  public SlackRenderer(CalendarLinks calendar) {
    this.messages = new PostMessages(calendar);
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public String render(Post post) {
    return message(post).toJson();
  }

  /** The message itself, for the notifier. */
  public SlackMessage message(Post post) {
    return messages.render(post);
  }
}
