package webinarbot.schedule;

import java.time.Instant;
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
  static final Comparator<PlannedPost> ORDER =
      Comparator.comparing(PlannedPost::at)
          .thenComparing(PlannedPost::webinarId)
          .thenComparing(p -> p.kind().type())
          .thenComparing(p -> p.kind().lead(), Comparator.reverseOrder());

  public Plan {
    entries = entries.stream().sorted(Comparator.comparing(PlanEntry::post, ORDER)).toList();
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
