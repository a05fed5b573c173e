package webinarbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A Hugo site in a real git repository, made with JGit: pages under {@code content/news/webinars},
 * FD.io's base URL in {@code hugo.toml}, commits at the instants a test names (so a review planned
 * from the head commit's time is the same on every run).
 */
public final class GitSite implements AutoCloseable {
  public static final String WEBINARS = "content/news/webinars";

  private final Path top;
  private final Git git;

  public GitSite(Path top) {
    this.top = top;
    try {
      this.git = Git.init().setDirectory(top.toFile()).setInitialBranch("main").call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    write("hugo.toml", "baseURL = \"https://fd.io/\"\ntitle = \"FD.io\"\n");
    write(WEBINARS + "/_index.md", "+++\ntitle = \"Webinars\"\n+++\n");
  }

  /** The work tree's top. */
  public Path top() {
    return top;
  }

  /** The content folder the bot is pointed at. */
  public Path webinars() {
    return top.resolve(WEBINARS);
  }

  public GitSite write(String path, String text) {
    Path p = top.resolve(path);
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a talk page as FD.io writes them (TOML front matter, a PST time slot). */
  public GitSite talk(String file, String title, String date, String slot, String extra) {
    return write(
        WEBINARS + "/" + file,
        "+++\ntitle = \""
            + title
            + "\"\ndate = "
            + date
            + "\ntime_slot = \""
            + slot
            + "\"\ntype = \"webinar\"\n"
            + extra
            + "+++\n\nAbout "
            + title
            + ".\n\n### Speakers\n\n{{< speaker name=\"Ada Lovelace - Engineer @ FD.io\" >}}"
            + "Works on VPP.{{< /speaker >}}\n");
  }

  public GitSite delete(String path) {
    try {
      Files.delete(top.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Commits everything in the work tree at {@code at}; returns the commit's id. */
  public String commit(String message, Instant at) {
    PersonIdent who =
        new PersonIdent("Site Maintainer", "maintainer@example.org", at, ZoneOffset.UTC);
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
      return c.getId().name();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts branch {@code name} at the current commit and checks it out. */
  public void branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks out an existing branch. */
  public void switchTo(String name) {
    try {
      git.checkout().setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Merges {@code branch} into the current one with a merge commit, as GitHub's {@code
   * refs/pull/N/merge}: its first parent is the base.
   */
  public String merge(String branch, Instant at) {
    try {
      git.merge()
          .include(git.getRepository().resolve(branch))
          .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
    return commit("Merge " + branch, at);
  }

  /** Names the current commit, as a maintainer tags a release. */
  public void tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Clones the repository into a fresh folder with tag {@code tag} checked out: a second copy. */
  public Path checkout(String tag, Path into) {
    try (Git clone =
        Git.cloneRepository()
            .setURI(top.toUri().toString())
            .setDirectory(into.toFile())
            .setBranch("refs/tags/" + tag)
            .call()) {
      return into;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
