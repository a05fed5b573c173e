package webinarbot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import webinarbot.domain.Change;
import webinarbot.domain.Webinar;

/**
 * One post to make on some targets: about one webinar ({@link Post.About}) or the weekly digest
 * ({@link Post.Digest}, ledgered under {@link #DIGEST_SUBJECT} and keyed on its week).
 *
 * @param revision see {@link Revisions}
 * @param scheduledAt when it was meant to go out, for lateness and the ledger
 * @param deadline after this instant the post would mislead ("starts in 1 hour" after the start):
 *     it is skipped instead, with the reason logged and recorded
 */
public record Delivery(
    Post post, String revision, Instant scheduledAt, Optional<Instant> deadline) {
  /** The ledger's "webinar id" for digests: about a week, not a webinar; no page id has a "/". */
  public static final String DIGEST_SUBJECT = "/digest";

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

  /** The week's digest: once per target and week, by its date. */
  public static Delivery digest(Post.Digest digest, Instant at, Optional<Instant> deadline) {
    return new Delivery(digest, Revisions.ofDigest(digest), at, deadline);
  }

  public String webinarId() {
    return post.render(a -> a.webinar().id(), d -> DIGEST_SUBJECT);
  }

  /** What the post shows, so an edit can tell whether a posted message is stale. */
  public String contentRevision() {
    return post.render(a -> a.webinar().revision(), Delivery::digestRevision);
  }

  private static String digestRevision(Post.Digest digest) {
    StringBuilder b = new StringBuilder();
    for (Webinar w : digest.webinars()) {
      b.append(w.id()).append('=').append(w.revision()).append(';');
    }
    return Integer.toHexString(b.toString().hashCode());
  }

  public List<Change> changes() {
    return post.render(Post.About::changes, d -> List.of());
  }

  public DeliveryKey key(Target target) {
    return new DeliveryKey(webinarId(), post.kind(), target, revision);
  }
}
