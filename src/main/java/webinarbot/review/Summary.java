package webinarbot.review;

import java.util.ArrayList;
import java.util.List;
import webinarbot.domain.PostKind;

/** The review in one line: "1 new talk, 1 moved: 5 posts planned, 2 edits". */
final class Summary {
  private Summary() {}

  static String of(ReviewReport r) {
    List<String> talks = new ArrayList<>();
    add(talks, count(r, TalkDelta.Status.ADDED), "new talk", "new talks");
    long moved = r.talks().stream().filter(t -> isChanged(t) && t.delta().moved()).count();
    add(talks, moved, "moved", "moved");
    add(
        talks,
        r.talks().stream().filter(t -> isChanged(t) && !t.delta().moved()).count(),
        "changed",
        "changed");
    add(talks, count(r, TalkDelta.Status.CANCELLED), "cancelled", "cancelled");
    add(talks, count(r, TalkDelta.Status.REMOVED), "removed", "removed");
    add(talks, count(r, TalkDelta.Status.BROKEN), "with errors", "with errors");
    List<String> posts = new ArrayList<>();
    add(
        posts,
        r.talks().stream().mapToInt(t -> t.forecast().postCount()).sum(),
        "post planned",
        "posts planned");
    add(posts, notices(r, PostKind.Type.UPDATE), "update notice", "update notices");
    add(posts, notices(r, PostKind.Type.CANCELLATION), "cancellation", "cancellations");
    add(posts, notices(r, PostKind.Type.FOLLOW_UP), "follow-up", "follow-ups");
    add(posts, r.talks().stream().mapToInt(t -> t.forecast().editCount()).sum(), "edit", "edits");
    long errors = r.introduced().stream().filter(d -> d.isError()).count();
    long warnings = r.introduced().size() - errors;
    add(posts, errors, "new lint error", "new lint errors");
    add(posts, warnings, "new lint warning", "new lint warnings");
    String what = talks.isEmpty() ? "No talk changes" : String.join(", ", talks);
    return what + ": " + (posts.isEmpty() ? "nothing to post" : String.join(", ", posts));
  }

  private static boolean isChanged(TalkReport t) {
    return t.delta().status() == TalkDelta.Status.CHANGED;
  }

  private static long count(ReviewReport r, TalkDelta.Status s) {
    return r.talks().stream().filter(t -> t.delta().status() == s).count();
  }

  /** Notices, counted once per channel. */
  private static long notices(ReviewReport r, PostKind.Type type) {
    return r.talks().stream()
        .filter(t -> t.forecast().notice().map(n -> n.kind().type() == type).orElse(false))
        .mapToLong(t -> t.forecast().told().size())
        .sum();
  }

  private static void add(List<String> out, long n, String one, String many) {
    if (n > 0) {
      out.add(n + " " + (n == 1 ? one : many));
    }
  }
}
