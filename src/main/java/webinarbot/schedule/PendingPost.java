package webinarbot.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A post a {@link PostTimer} holds until its instant: which webinar, what kind (its code), the
 * ledger revision it was planned for, and when it is due. Two plans with the same post make the
 * same value, so comparing sets of them is a complete diff of what is pending.
 */
public record PendingPost(String webinarId, String kind, String revision, Instant at) {
  public PendingPost {
    Objects.requireNonNull(webinarId, "webinarId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(at, "at");
  }

  static PendingPost of(PlanEntry e) {
    return new PendingPost(e.webinarId(), e.post().kind().code(), e.revision(), e.at());
  }
}
