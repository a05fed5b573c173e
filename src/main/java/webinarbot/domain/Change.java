package webinarbot.domain;

/**
 * One thing that changed on a page since it was announced, for an update notice.
 *
 * @param field what a reader would call it: {@code time}, {@code title}, {@code links}, …
 */
public record Change(String field, String before, String after) {}
