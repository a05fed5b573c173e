package webinarbot.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import webinarbot.delivery.Target;

/**
 * One post in the review's timeline.
 *
 * @param kind the post kind's code ({@code announcement}, {@code reminder-1d}, {@code update}, …)
 */
record TimelineRow(Instant at, String kind, String talkId, String title, List<Target> targets) {
  static final Comparator<TimelineRow> ORDER =
      Comparator.comparing(TimelineRow::at)
          .thenComparing(TimelineRow::talkId)
          .thenComparing(TimelineRow::kind);

  TimelineRow {
    targets = List.copyOf(targets);
  }

  String channels() {
    return String.join(", ", targets.stream().map(Target::key).toList());
  }
}
