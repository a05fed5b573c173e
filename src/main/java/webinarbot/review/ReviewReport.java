package webinarbot.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import webinarbot.content.Diagnostic;

/**
 * Everything {@code review} found: what the change does to each talk, what the bot will post, edit
 * and cancel once it is merged, and the lint problems it brings.
 *
 * @param base what was compared from, as given, with its commit when it is one
 * @param now the instant planned from
 * @param nowSource where {@code now} came from: {@code --now}, the head commit, the clock
 */
record ReviewReport(
    String base,
    String head,
    Instant now,
    String nowSource,
    List<ZoneId> zones,
    List<TalkReport> talks,
    List<Diagnostic> introduced) {
  ReviewReport {
    zones = List.copyOf(zones);
    talks = List.copyOf(talks);
    introduced = List.copyOf(introduced);
  }

  boolean bringsErrors() {
    return introduced.stream().anyMatch(Diagnostic::isError);
  }

  /** Every post the change leads to, notices included, in time order. */
  List<TimelineRow> timeline() {
    List<TimelineRow> rows = new ArrayList<>();
    for (TalkReport t : talks) {
      String title = t.delta().shown().title();
      t.forecast()
          .notice()
          .ifPresent(
              n ->
                  rows.add(
                      new TimelineRow(
                          now, n.kind().code(), t.delta().id(), title, t.forecast().told())));
      t.forecast()
          .planned()
          .forEach(
              e ->
                  rows.add(
                      new TimelineRow(
                          e.at(), e.post().kind().code(), t.delta().id(), title, e.targets())));
    }
    rows.sort(TimelineRow.ORDER);
    return rows;
  }
}
