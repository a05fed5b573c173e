package webinarbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.domain.EditDistance;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;
import webinarbot.domain.Webinar;

/**
 * What {@code lint} says about the {@code [[route]]} tables against the pages: a route no page
 * matches (its talks would all go to the top-level channels), and a page tag one or two letters
 * away from a route's tag, which sends the talk somewhere its author did not mean.
 */
final class RouteLint {
  private RouteLint() {}

  /** {@code result} with the routes' warnings added. */
  static LoadResult check(Routes routes, LoadResult result) {
    if (routes.isEmpty()) {
      return result;
    }
    List<Diagnostic> out = new ArrayList<>(result.diagnostics());
    List<Webinar> pages = result.catalogue().all();
    for (Route r : routes.routes()) {
      if (pages.stream().noneMatch(r::matches)) {
        out.add(
            warning(
                r.origin(),
                "route",
                label(r)
                    + " matches no page: its talks would go to the top-level channels instead;"
                    + " check its tags, sections and types"));
      }
    }
    Set<String> routeTags =
        routes.routes().stream()
            .flatMap(r -> r.tags().stream())
            .map(RouteLint::lower)
            .collect(Collectors.toSet());
    for (Webinar w : pages) {
      for (String tag : w.tags()) {
        typo(w, lower(tag), routeTags, routes).ifPresent(out::add);
      }
    }
    return new LoadResult(
        result.catalogue(), out, result.pages(), result.skipped(), result.outside());
  }

  private static Optional<Diagnostic> typo(
      Webinar w, String tag, Set<String> routeTags, Routes routes) {
    if (tag.length() < 3 || routeTags.contains(tag)) {
      return Optional.empty();
    }
    for (Route r : routes.routes()) {
      for (String meant : r.tags()) {
        String m = lower(meant);
        int allowed = m.length() <= 5 ? 1 : 2;
        boolean hasIt = w.tags().stream().anyMatch(t -> lower(t).equals(m));
        if (!hasIt && EditDistance.withSwaps(tag, m) <= allowed) {
          int[] at = lineOf(w.source(), tag);
          return Optional.of(
              new Diagnostic(
                  w.source(),
                  at[0],
                  at[1],
                  Diagnostic.Severity.WARNING,
                  "tags",
                  "tag \""
                      + tag
                      + "\" looks like \""
                      + meant
                      + "\" of "
                      + label(r)
                      + " ("
                      + r.origin()
                      + "), which does not take this talk; did you mean \""
                      + meant
                      + "\"?"));
        }
      }
    }
    return Optional.empty();
  }

  /** Where the page writes {@code tag}: line and column, 1-based; 0, 0 if not found. */
  private static int[] lineOf(String source, String tag) {
    try {
      List<String> lines = Files.readAllLines(Path.of(source), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        int col = lines.get(i).toLowerCase(Locale.ROOT).indexOf(tag);
        if (col >= 0) {
          return new int[] {i + 1, col + 1};
        }
      }
    } catch (IOException | RuntimeException e) {
      // The page was read a moment ago; if it is gone now, the warning names the whole file.
    }
    return new int[] {0, 0};
  }

  /** A warning at {@code origin}, {@code FILE:LINE}. */
  private static Diagnostic warning(String origin, String field, String message) {
    int colon = origin.lastIndexOf(':');
    int line = 0;
    String file = origin;
    if (colon > 0) {
      try {
        line = Integer.parseInt(origin.substring(colon + 1));
        file = origin.substring(0, colon);
      } catch (NumberFormatException e) {
        line = 0;
      }
    }
    return new Diagnostic(file, line, 1, Diagnostic.Severity.WARNING, field, message);
  }

  private static String label(Route r) {
    return r.name().startsWith("route[") ? r.name() : "route \"" + r.name() + "\"";
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
