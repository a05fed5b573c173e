package webinarbot.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file as it is read. */
final class Problems {
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private boolean pageDropped;

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** An error that drops the whole page. */
  void error(int line, int column, String field, String message) {
    pageDropped = true;
    record(line, column, field, message);
  }

  /** An error that drops only one link or button; the page still loads. */
  void linkError(int line, int column, String field, String message) {
    record(line, column, field, message);
  }

  private void record(int line, int column, String field, String message) {
    found.add(
        new Diagnostic(
            file,
            Math.max(1, line),
            Math.max(1, column),
            Diagnostic.Severity.ERROR,
            field,
            message));
  }

  void warning(int line, int column, String field, String message) {
    found.add(
        new Diagnostic(
            file,
            Math.max(1, line),
            Math.max(1, column),
            Diagnostic.Severity.WARNING,
            field,
            message));
  }

  /** True once an error made the page unusable. */
  boolean pageDropped() {
    return pageDropped;
  }

  List<Diagnostic> all() {
    return List.copyOf(found);
  }
}
