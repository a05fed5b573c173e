package webinarbot.slack;

import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;

/** {@code preview --platform slack}: the exact {@code {text, blocks}} a post would be sent as. */
public final class SlackRenderer implements PostRenderer {
  public static final String PLATFORM = "slack";

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
    return PostMessages.render(post);
  }
}
