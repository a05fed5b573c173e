package webinarbot.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One talk's part of a review.
 *
 * @param preview what the previewed post is: its kind and when it goes out (see {@code
 *     TalkReports}), when there is one
 * @param rendered that post as each platform gets it: {@code text}, {@code slack}, {@code discord}
 * @param notice the notice, as plain text, when the bot posts one
 * @param ics the change of the talk's calendar entry, as diff lines
 */
record TalkReport(
    TalkDelta delta,
    TalkForecast forecast,
    Optional<String> preview,
    Map<String, String> rendered,
    Optional<String> notice,
    List<String> ics) {
  TalkReport {
    rendered = Map.copyOf(rendered);
    ics = List.copyOf(ics);
  }
}
