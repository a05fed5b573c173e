package webinarbot.delivery;

import java.time.LocalDate;
import java.util.List;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** A message to send, before any platform has rendered it. */
public sealed interface Post {
  PostKind kind();

  /** An announcement, reminder, update notice, cancellation or follow-up about one webinar. */
  record About(PostKind kind, Webinar webinar, List<Change> changes) implements Post {
    public About {
      changes = List.copyOf(changes);
      if (kind.type() == PostKind.Type.DIGEST) {
        throw new IllegalArgumentException("a digest is a Post.Digest");
      }
    }

    public About(PostKind kind, Webinar webinar) {
      this(kind, webinar, List.of());
    }
  }

  /** The coming week's webinars in one message. */
  record Digest(LocalDate weekOf, List<Webinar> webinars) implements Post {
    public Digest {
      webinars = List.copyOf(webinars);
    }

    @Override
    public PostKind kind() {
      return PostKind.DIGEST;
    }
  }
}
