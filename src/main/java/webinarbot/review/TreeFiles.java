package webinarbot.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the files of a commit that the site reader reads (pages and configuration) into a folder,
 * laid out as in the commit, without touching the repository's work tree or index. Every folder is
 * made, even one whose files are not written, so the reader sees the same folders as in a checkout.
 * Submodules are not followed (a theme kept as a submodule is absent, as in a checkout without
 * {@code --recurse-submodules}).
 */
final class TreeFiles {
  private static final Set<String> READ = Set.of("md", "toml", "yaml", "yml", "json");

  private final GitRepo git;

  TreeFiles(GitRepo git) {
    this.git = git;
  }

  /** True for a file the reader may read: a page, or a configuration file. */
  static boolean read(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/')
        && READ.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Writes every file of {@code commit} the reader may read under {@code dest}. */
  void writeAll(ObjectId commit, Path dest) {
    Set<Path> made = new HashSet<>();
    try (RevWalk walk = new RevWalk(git.repository());
        ObjectReader reader = git.repository().newObjectReader();
        TreeWalk tw = new TreeWalk(reader)) {
      tw.addTree(walk.parseCommit(commit).getTree());
      tw.setRecursive(true);
      while (tw.next()) {
        String path = tw.getPathString();
        Path file = dest.resolve(path);
        Path dir = file.getParent();
        if (made.add(dir)) {
          Files.createDirectories(dir);
        }
        FileMode mode = tw.getFileMode(0);
        if (mode == FileMode.SYMLINK) {
          String target =
              new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
          Files.createSymbolicLink(file, Path.of(target));
        } else if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)
            && read(path)) {
          try (OutputStream out = Files.newOutputStream(file)) {
            reader.open(tw.getObjectId(0)).copyTo(out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the files of " + commit.name() + " to " + dest, e);
    }
  }

  /** The content of one file in {@code commit}; empty when it has none there. */
  Optional<byte[]> content(ObjectId commit, String path) {
    try (RevWalk walk = new RevWalk(git.repository());
        ObjectReader reader = git.repository().newObjectReader();
        TreeWalk tw = TreeWalk.forPath(reader, path, walk.parseCommit(commit).getTree())) {
      if (tw == null || (tw.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return Optional.empty();
      }
      return Optional.of(reader.open(tw.getObjectId(0)).getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " in " + commit.name(), e);
    }
  }
}
