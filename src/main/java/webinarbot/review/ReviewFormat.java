package webinarbot.review;

/** {@code review --format}. */
public enum ReviewFormat {
  TEXT,
  MARKDOWN,
  JSON
}
