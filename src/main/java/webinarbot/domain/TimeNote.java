package webinarbot.domain;

/**
 * What a time rule did or found, for the maintainer.
 *
 * @param field the front matter key the note is about: {@code time_slot}, {@code timezone} or
 *     {@code date}
 */
public record TimeNote(boolean error, String field, String message) {
  public static TimeNote warning(String field, String message) {
    return new TimeNote(false, field, message);
  }

  public static TimeNote error(String field, String message) {
    return new TimeNote(true, field, message);
  }
}
