package webinarbot.delivery;

import java.time.Instant;
import java.util.Optional;
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

  /**
   * What a post of {@code kind} at {@code revision}, due at {@code at}, shows of {@code w}: for a
   * series, the occurrence a reminder names by its start, else the occurrence current at {@code
   * at}; a one-off talk is itself.
   */
  public static Webinar subject(Webinar w, PostKind kind, String revision, Instant at) {
    if (w.series().isEmpty()) {
      return w;
    }
    if (kind.type().revision() == PostKind.Revision.SCHEDULED_START) {
      try {
        Optional<Webinar> o = w.occurrenceAt(Instant.parse(revision));
        if (o.isPresent()) {
          return o.get();
        }
      } catch (java.time.format.DateTimeParseException e) {
        // Not a start: fall back to the occurrence of the moment.
      }
    }
    return w.current(at);
  }

  /** The scheduled start as an ISO instant, readable in the ledger. */
  public static String startOf(Webinar w) {
    return w.time().startInstant().toString();
  }
}
