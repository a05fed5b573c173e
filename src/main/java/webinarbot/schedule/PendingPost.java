package webinarbot.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A post a {@link PostTimer} holds until its instant: which webinar, what kind (its code), the
 * ledger revision it was planned for, and when it is due. Two plans with the same post make the
 * same value, so comparing sets of them is a complete diff of what is pending.
 *
 * <p>The instant is kept to the millisecond, as Quartz and the pending-post table hold it: a page
 * may give its time to the nanosecond, and a post planned from it must equal the one read back
 * after a restart, or every restart would cancel and re-add it.
 */
public record PendingPost(String webinarId, String kind, String revision, Instant at) {
  public PendingPost {
    Objects.requireNonNull(webinarId, "webinarId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(revision, "revision");
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Written out, equal to equal posts as the record's own: a first start hashes 80,000 posts into
   * sets several times, before the JIT has compiled the record's generated hash.
   */
  @Override
  public int hashCode() {
    int h = webinarId.hashCode();
    h = 31 * h + kind.hashCode();
    h = 31 * h + revision.hashCode();
    return 31 * h + at.hashCode();
  }

  static PendingPost of(PlanEntry e) {
    return new PendingPost(e.webinarId(), e.post().kind().code(), e.revision(), e.at());
  }
}
