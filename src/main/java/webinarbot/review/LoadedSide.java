package webinarbot.review;

import java.nio.file.Path;
import webinarbot.content.LoadResult;

/**
 * One side of a review as the reader loaded it.
 *
 * @param tree the copy of the site it was read from: page sources are shown relative to it
 */
record LoadedSide(LoadResult result, Path tree) {
  /** A page source as a path in the repository ({@code content/news/webinars/x.md}). */
  String shown(String source) {
    Path p = Path.of(source).toAbsolutePath().normalize();
    return p.startsWith(tree) ? tree.relativize(p).toString().replace('\\', '/') : source;
  }
}
