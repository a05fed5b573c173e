package webinarbot.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One post to make on some targets.
 *
 * @param revision see {@link Revisions}
 * @param scheduledAt when it was meant to go out, for lateness and the ledger
 * @param deadline after this instant the post would mislead ("starts in 1 hour" after the start):
 *     it is skipped instead, with the reason logged and recorded
 */
public record Delivery(
    Post.About post, String revision, Instant scheduledAt, Optional<Instant> deadline) {
  public Delivery {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** A post whose revision follows {@link Revisions#of}, due now, with no deadline. */
  public static Delivery now(Post.About post, Instant now) {
    return new Delivery(post, Revisions.of(post.kind(), post.webinar()), now, Optional.empty());
  }

  public String webinarId() {
    return post.webinar().id();
  }

  public DeliveryKey key(Target target) {
    return new DeliveryKey(webinarId(), post.kind(), target, revision);
  }
}
