package webinarbot.content;

import java.util.List;
import webinarbot.domain.Catalogue;

/**
 * Every valid webinar under a content root, and every problem found on the way. A page with an
 * error is left out of the catalogue; the others are all in it.
 *
 * @param pages how many markdown files were read, section pages and other types included
 */
public record LoadResult(Catalogue catalogue, List<Diagnostic> diagnostics, int pages) {
  public LoadResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }
}
