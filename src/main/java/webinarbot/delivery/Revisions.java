package webinarbot.delivery;

import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * The revision part of a delivery key: what has to change about a webinar before a post of the same
 * kind goes out again in the same channel. Each kind declares which ({@link PostKind.Revision}).
 */
public final class Revisions {
  private Revisions() {}

  public static String of(PostKind kind, Webinar w) {
    return switch (kind.type().revision()) {
      case SCHEDULED_START -> startOf(w);
      case CONTENT -> w.revision();
      case WEEK -> throw new IllegalArgumentException("a digest is not about one webinar");
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
