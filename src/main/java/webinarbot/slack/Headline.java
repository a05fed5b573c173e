package webinarbot.slack;

/**
 * The first line of a post, saying why it was sent. Each kind reads differently, so a channel can
 * tell an announcement from a reminder or a cancellation at a glance. {@link PostMessages} picks it
 * by kind.
 *
 * @param emoji a Slack emoji code shown before the words in blocks
 * @param words a few plain words, also the start of the notification text
 * @param more what follows the words in blocks, may be empty
 */
record Headline(String emoji, String words, String more) {

  Headline(String emoji, String words) {
    this(emoji, words, "");
  }

  /** The line as it appears in a section block. */
  String mrkdwn() {
    return emoji + " *" + words + "*" + (more.isEmpty() ? "" : ": " + more);
  }
}
