package webinarbot.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  /**
   * An announcement, reminder, update notice, cancellation or follow-up about one webinar.
   *
   * @param interest how many people want a reminder of it, shown on an announcement ("3 people want
   *     a reminder"); 0 shows nothing
   */
  record About(PostKind kind, Webinar webinar, List<Change> changes, int interest) implements Post {
    public About {
      changes = List.copyOf(changes);
      if (!kind.type().aboutOneWebinar()) {
        throw new IllegalArgumentException("a digest is a Post.Digest");
      }
      if (interest < 0) {
        throw new IllegalArgumentException("interest " + interest + " is negative");
      }
    }

    public About(PostKind kind, Webinar webinar, List<Change> changes) {
      this(kind, webinar, changes, 0);
    }

    public About(PostKind kind, Webinar webinar) {
      this(kind, webinar, List.of());
    }

    /** The same post, saying that {@code people} want a reminder. */
    public About withInterest(int people) {
      return new About(kind, webinar, changes, people);
    }

    /**
     * "3 people want a reminder", "1 person wants a reminder"; empty for nobody, and on every post
     * but an announcement: the number is kept up to date on announcements only, so a reminder
     * showing one would soon show a wrong one.
     */
    public Optional<String> interestWords() {
      if (interest == 0 || !kind.equals(PostKind.ANNOUNCEMENT)) {
        return Optional.empty();
      }
      return Optional.of(
          interest == 1 ? "1 person wants a reminder" : interest + " people want a reminder");
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
