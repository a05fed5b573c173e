package webinarbot.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** A message to send, before any platform has rendered it. */
public sealed interface Post {
  PostKind kind();

  /**
   * Hands the post to the function for its shape, so renderers need no casts. Inside {@code about},
   * a renderer switches over {@link PostKind.Type} with no default: the compiler finds a kind it
   * does not render.
   */
  <R> R render(Function<About, R> about, Function<Digest, R> digest);

  /** An announcement, reminder, update notice, cancellation or follow-up about one webinar. */
  record About(PostKind kind, Webinar webinar, List<Change> changes) implements Post {
    public About {
      changes = List.copyOf(changes);
      if (!kind.type().aboutOneWebinar()) {
        throw new IllegalArgumentException("a digest is a Post.Digest");
      }
    }

    public About(PostKind kind, Webinar webinar) {
      this(kind, webinar, List.of());
    }

    @Override
    public <R> R render(Function<About, R> about, Function<Digest, R> digest) {
      return about.apply(this);
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

    @Override
    public <R> R render(Function<About, R> about, Function<Digest, R> digest) {
      return digest.apply(this);
    }
  }
}
