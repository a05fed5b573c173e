package webinarbot.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import webinarbot.delivery.Target;
import webinarbot.domain.PlannedPost;

/**
 * A post the bot will make, on the targets that do not have it yet.
 *
 * @param revision the ledger revision ({@link webinarbot.delivery.Revisions})
 * @param deadline after this instant the post is skipped instead of sent late
 */
public record PlanEntry(
    PlannedPost post, String revision, Optional<Instant> deadline, List<Target> targets) {
  public PlanEntry {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(deadline, "deadline");
    targets = List.copyOf(targets);
  }

  public Instant at() {
    return post.at();
  }

  public String webinarId() {
    return post.webinarId();
  }
}
