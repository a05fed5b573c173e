package webinarbot.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Reads {@code --base} and {@code --head}: an existing folder is a copy of the site (standing where
 * the layout's anchor stands); anything else is a git ref of the repository holding the content.
 */
final class SideResolver {
  static final String WORKING_TREE = "working tree";

  private final Optional<GitRepo> git;
  private final SiteLayout layout;

  SideResolver(Optional<GitRepo> git, SiteLayout layout) {
    this.git = git;
    this.layout = layout;
  }

  Side resolve(String option, String given) {
    Path dir = Path.of(given);
    if (Files.isDirectory(dir)) {
      return new Side.Folder(given, dir);
    }
    if (git.isEmpty()) {
      throw new ReviewException(
          option
              + " "
              + given
              + ": no such folder, and "
              + layout.anchor()
              + " is not in a git repository to find it as a ref");
    }
    Optional<ObjectId> commit = git.get().commit(given);
    if (commit.isEmpty()) {
      throw new ReviewException(
          option
              + " "
              + given
              + ": no such folder, nor a commit of that name in "
              + git.get().top()
              + " (fetch it first, e.g. git fetch origin main)");
    }
    return new Side.Commit(given, commit.get(), git.get().time(commit.get()));
  }

  /** The head when none is given: the site as it is on disk. */
  Side workingTree() {
    return new Side.Folder(WORKING_TREE, layout.anchor());
  }

  /** The time of the repository's checked-out commit, if there is one. */
  Optional<java.time.Instant> headCommitTime() {
    return git.flatMap(g -> g.commit("HEAD")).map(id -> git.get().time(id));
  }
}
