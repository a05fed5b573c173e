package webinarbot.slack;

import webinarbot.domain.Durations;
import webinarbot.domain.Links;
import webinarbot.domain.PostKind;

/**
 * The first line of a post, saying why it was sent. Each kind reads differently, so a channel can
 * tell an announcement from a reminder or a cancellation at a glance.
 *
 * @param emoji a Slack emoji code shown before the words in blocks
 * @param words a few plain words, also the start of the notification text
 * @param more what follows the words in blocks, may be empty
 */
record Headline(String emoji, String words, String more) {

  Headline(String emoji, String words) {
    this(emoji, words, "");
  }

  static Headline of(PostKind kind, Links links) {
    return switch (kind.type()) {
      case ANNOUNCEMENT -> new Headline(":mega:", "New webinar");
      case REMINDER ->
          kind.lead().isZero()
              ? new Headline(":red_circle:", "Starting now")
              : new Headline(":alarm_clock:", "Starts in " + Durations.words(kind.lead()));
      case UPDATE -> new Headline(":pencil2:", "Updated", "the details below changed");
      case CANCELLATION ->
          new Headline(":no_entry_sign:", "Cancelled", "this webinar will not take place");
      case FOLLOW_UP -> new Headline(":movie_camera:", followUp(links));
      case DIGEST -> new Headline(":calendar:", "Webinars this week");
    };
  }

  private static String followUp(Links links) {
    boolean slides = links.slidesPdf().isPresent() || links.slides().isPresent();
    boolean video = links.video().isPresent();
    if (slides && video) {
      return "Slides and video now available";
    }
    if (video) {
      return "Video now available";
    }
    return slides ? "Slides now available" : "Thank you for joining";
  }

  /** The line as it appears in a section block. */
  String mrkdwn() {
    return emoji + " *" + words + "*" + (more.isEmpty() ? "" : ": " + more);
  }
}
