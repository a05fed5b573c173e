package webinarbot.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import webinarbot.domain.Catalogue;

/**
 * Every valid webinar under a content root, and every problem found on the way. A page with an
 * error is left out of the catalogue; the others are all in it.
 *
 * @param pages how many markdown files in the talk sections were looked at, section pages and other
 *     types included
 * @param skipped the pages in the talk sections that are not talks, with the reason
 * @param outside pages of the site outside {@code content.sections}, not read
 */
public record LoadResult(
    Catalogue catalogue,
    List<Diagnostic> diagnostics,
    int pages,
    List<Skipped> skipped,
    int outside) {
  public LoadResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    skipped = skipped.stream().sorted(java.util.Comparator.comparing(Skipped::file)).toList();
  }

  public LoadResult(Catalogue catalogue, List<Diagnostic> diagnostics, int pages) {
    this(catalogue, diagnostics, pages, List.of(), 0);
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

  /** How many pages were skipped for each reason, in the reasons' order. */
  public Map<Skipped.Reason, Integer> skippedByReason() {
    Map<Skipped.Reason, Integer> m = new EnumMap<>(Skipped.Reason.class);
    skipped.forEach(s -> m.merge(s.reason(), 1, Integer::sum));
    return m;
  }
}
