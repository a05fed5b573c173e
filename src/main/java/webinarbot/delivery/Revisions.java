package webinarbot.delivery;

import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * The revision part of a delivery key: what has to change about a webinar before a post of the same
 * kind goes out again in the same channel.
 *
 * <ul>
 *   <li>Reminders, cancellations and follow-ups key on the scheduled start: a talk that moves gets
 *       its reminders again, a title fix does not, and cancelling then deleting the page makes one
 *       cancellation notice.
 *   <li>Announcements and update notices key on the content revision: an update notice goes out
 *       once per edit, and a maintainer can announce again after the page changed.
 *   <li>A digest keys on its week.
 * </ul>
 */
public final class Revisions {
  private Revisions() {}

  public static String of(PostKind kind, Webinar w) {
    return switch (kind.type()) {
      case REMINDER, CANCELLATION, FOLLOW_UP -> startOf(w);
      case ANNOUNCEMENT, UPDATE -> w.revision();
      case DIGEST -> throw new IllegalArgumentException("a digest is not about one webinar");
    };
  }

  /** A digest: its week, as the ISO date it names. */
  public static String ofDigest(Post.Digest digest) {
    return digest.weekOf().toString();
  }

  /** The scheduled start as an ISO instant, readable in the ledger. */
  public static String startOf(Webinar w) {
    return w.time().startInstant().toString();
  }
}
