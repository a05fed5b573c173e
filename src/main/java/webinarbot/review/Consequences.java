package webinarbot.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import webinarbot.delivery.Target;
import webinarbot.schedule.PlanEntry;

/** What the bot does about one talk once merged, in a sentence. */
final class Consequences {
  private Consequences() {}

  static String of(TalkReport t) {
    if (t.delta().status() == TalkDelta.Status.BROKEN) {
      return "nothing changes: the bot keeps the last good version of the page until its errors"
          + " are fixed";
    }
    TalkForecast f = t.forecast();
    List<String> parts = new ArrayList<>();
    if (f.postCount() > 0) {
      parts.add(
          f.planned().size()
              + (f.planned().size() == 1 ? " post" : " posts")
              + " planned ("
              + String.join(", ", kinds(f.planned()))
              + ")");
    }
    f.notice().ifPresent(n -> parts.add(n.kind().code() + " notice now to " + channels(f.told())));
    if (f.editCount() > 0) {
      parts.add(
          f.editCount()
              + (f.editCount() == 1 ? " message" : " messages")
              + " edited in place ("
              + String.join(", ", kinds(f.edited()))
              + ")");
    }
    if (!f.dropped().isEmpty()) {
      parts.add(
          f.dropped().size()
              + (f.dropped().size() == 1 ? " pending post" : " pending posts")
              + " dropped ("
              + String.join(", ", kinds(f.dropped()))
              + ")");
    }
    if (!f.skipped().isEmpty()) {
      for (var skip : f.skipped()) {
        parts.add("not sent: " + skip.post().kind().code() + " (" + skip.reason() + ")");
      }
    }
    if (parts.isEmpty()) {
      return t.delta().shown().draft()
          ? "nothing is posted: the page is a draft"
          : "nothing is posted";
    }
    return String.join("; ", parts);
  }

  private static List<String> kinds(List<PlanEntry> entries) {
    Set<String> out = new LinkedHashSet<>();
    entries.forEach(e -> out.add(e.post().kind().code()));
    return List.copyOf(out);
  }

  private static String channels(List<Target> targets) {
    return String.join(", ", targets.stream().map(Target::key).toList());
  }
}
