package webinarbot.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import webinarbot.delivery.Target;
import webinarbot.domain.PlannedPost;

/**
 * What the planner decided: the posts to make, in time order, and the ones it will not make (a
 * reminder missed beyond the grace period), each with its reason.
 */
public record Plan(List<PlanEntry> entries, List<Skip> skipped) {
  /**
   * By time, webinar, kind, then the longer lead first. Written out rather than chained: a first
   * start sorts 80,000 entries with it, before the JIT has compiled the chain of key extractors.
   */
  static final Comparator<PlannedPost> ORDER =
      (a, b) -> {
        int c = a.at().compareTo(b.at());
        if (c == 0) {
          c = a.webinarId().compareTo(b.webinarId());
        }
        if (c == 0) {
          c = a.kind().type().compareTo(b.kind().type());
        }
        return c != 0 ? c : b.kind().lead().compareTo(a.kind().lead());
      };

  private static final Comparator<PlanEntry> ENTRY_ORDER =
      (a, b) -> ORDER.compare(a.post(), b.post());

  public Plan {
    List<PlanEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ENTRY_ORDER);
    entries = Collections.unmodifiableList(sorted);
    skipped = List.copyOf(skipped);
  }

  /** A post that was due and will not go out. */
  public record Skip(PlannedPost post, String revision, List<Target> targets, String reason) {
    public Skip {
      Objects.requireNonNull(post, "post");
      targets = List.copyOf(targets);
    }
  }

  /**
   * The entry for one post of one webinar due by {@code dueBy}, if planned: a post may have several
   * entries (personal reminders of each platform start their fan-out at their own time).
   */
  public Optional<PlanEntry> findDueBy(
      String webinarId, String kindCode, String revision, Instant dueBy) {
    return entries.stream()
        .filter(e -> e.webinarId().equals(webinarId))
        .filter(e -> e.post().kind().code().equals(kindCode) && e.revision().equals(revision))
        .filter(e -> !e.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).isAfter(dueBy))
        .findFirst();
  }

  /** The entry for one post of one webinar, if planned. */
  public Optional<PlanEntry> find(String webinarId, String kindCode, String revision) {
    return entries.stream()
        .filter(e -> e.webinarId().equals(webinarId))
        .filter(e -> e.post().kind().code().equals(kindCode) && e.revision().equals(revision))
        .findFirst();
  }
}
