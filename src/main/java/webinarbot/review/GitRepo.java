package webinarbot.review;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The git repository a site lives in, read with JGit: commits, their trees, what differs. */
final class GitRepo implements AutoCloseable {
  private final Repository repository;

  private GitRepo(Repository repository) {
    this.repository = repository;
  }

  /** The repository holding {@code start} (or the nearest existing folder above it), if any. */
  static Optional<GitRepo> find(Path start) {
    File dir = start.toAbsolutePath().normalize().toFile();
    while (dir != null && !dir.isDirectory()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      return Optional.empty();
    }
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(dir);
    if (b.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GitRepo(b.setMustExist(true).build()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The top of the work tree; for a bare repository, the repository folder itself. */
  Path top() {
    File top = repository.isBare() ? repository.getDirectory() : repository.getWorkTree();
    return top.toPath().toAbsolutePath().normalize();
  }

  Repository repository() {
    return repository;
  }

  /** The commit {@code ref} names (a branch, tag, sha, {@code HEAD~1}, …), if it names one. */
  Optional<ObjectId> commit(String ref) {
    try {
      return Optional.ofNullable(repository.resolve(ref + "^{commit}"));
    } catch (IOException | RuntimeException e) {
      // a malformed revision string is "not a ref", as a missing one is
      return Optional.empty();
    }
  }

  /** The checked-out commit, if any. */
  Optional<ObjectId> checkedOut() {
    return commit("HEAD");
  }

  /**
   * Every path where the work tree differs from the checked-out commit: edited, added, removed, or
   * new and not ignored.
   */
  Set<String> uncommitted() {
    try (Git git = new Git(repository)) {
      Status s = git.status().call();
      Set<String> out = new LinkedHashSet<>();
      out.addAll(s.getAdded());
      out.addAll(s.getChanged());
      out.addAll(s.getModified());
      out.addAll(s.getRemoved());
      out.addAll(s.getMissing());
      out.addAll(s.getUntracked());
      out.addAll(s.getConflicting());
      return out;
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot read the status of " + top(), e);
    }
  }

  /** When the commit was made (committer time). */
  Instant time(ObjectId commit) {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit c = walk.parseCommit(commit);
      return c.getCommitterIdent().getWhenAsInstant();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read commit " + commit.name(), e);
    }
  }

  /** Every file path whose content or mode differs between the two commits. */
  Set<String> changedPaths(ObjectId base, ObjectId head) {
    Set<String> out = new LinkedHashSet<>();
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tw = new TreeWalk(repository)) {
      tw.addTree(walk.parseCommit(base).getTree());
      tw.addTree(walk.parseCommit(head).getTree());
      tw.setRecursive(true);
      tw.setFilter(TreeFilter.ANY_DIFF);
      while (tw.next()) {
        out.add(tw.getPathString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compare " + base.name() + " and " + head.name(), e);
    }
    return out;
  }

  @Override
  public void close() {
    repository.close();
  }
}
