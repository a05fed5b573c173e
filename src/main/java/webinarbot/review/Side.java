package webinarbot.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/** One side of a review: a folder as it is on disk, or a commit read from the repository. */
sealed interface Side {
  /** What the user gave: a folder or a ref, as typed. */
  String label();

  /** When it was made, for a commit. */
  Optional<Instant> time();

  /**
   * A copy of the site on disk, standing where the layout's anchor stands.
   *
   * @param tree the folder that plays the anchor's part (the repository top, or the site)
   */
  record Folder(String label, Path tree) implements Side {
    @Override
    public Optional<Instant> time() {
      return Optional.empty();
    }
  }

  /** A commit of the repository; {@code abbrev} is its short id. */
  record Commit(String label, ObjectId id, Instant at) implements Side {
    @Override
    public Optional<Instant> time() {
      return Optional.of(at);
    }

    String abbrev() {
      return id.name().substring(0, 12);
    }
  }
}
