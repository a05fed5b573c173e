package webinarbot.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * What the channels that already heard about a webinar get when its page changes or goes: one
 * notice (an update, a cancellation or a "now available" follow-up) and the version the earlier
 * messages are edited to. The running bot ({@link ChangeNotices}) and {@code review} both decide
 * with it, so a review shows what the bot will do.
 *
 * @param notice the post made once, now, where the webinar was announced
 * @param editTo what the messages posted earlier are edited to show; empty when they stay
 */
public record Aftermath(Optional<Post.About> notice, Optional<Webinar> editTo) {
  private static final Aftermath NOTHING = new Aftermath(Optional.empty(), Optional.empty());

  /** A page that changed ({@code before} and {@code after} have different revisions). */
  public static Aftermath ofChange(Webinar before, Webinar after, Instant now) {
    if (after.cancelled() && !before.cancelled()) {
      return cancellation(after, now);
    }
    Optional<Post.About> notice = Optional.empty();
    if (after.time().isOver(now)) {
      if (WebinarChanges.gainedRecordingOrSlides(before, after)) {
        notice = Optional.of(new Post.About(PostKind.FOLLOW_UP, after));
      }
    } else {
      List<Change> changes = WebinarChanges.between(before, after);
      if (!changes.isEmpty() && !after.cancelled()) {
        notice = Optional.of(new Post.About(PostKind.UPDATE, after, changes));
      }
    }
    return new Aftermath(notice, Optional.of(after));
  }

  /** A page removed while the site is still there. */
  public static Aftermath ofRemoval(Webinar last, Instant now) {
    if (last.time().isOver(now)) {
      return NOTHING;
    }
    return cancellation(last.asCancelled(), now);
  }

  private static Aftermath cancellation(Webinar cancelled, Instant now) {
    Optional<Post.About> notice =
        cancelled.time().isOver(now)
            ? Optional.empty()
            : Optional.of(new Post.About(PostKind.CANCELLATION, cancelled));
    return new Aftermath(notice, Optional.of(cancelled));
  }
}
