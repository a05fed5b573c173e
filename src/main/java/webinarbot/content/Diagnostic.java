package webinarbot.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in a page, in the form compilers use: {@code path:line:column: error|warning:
 * message}. Line and column are 1-based; 0 means "the whole file".
 *
 * @param file the page as the user would type it, relative to the working directory when possible
 * @param field the front matter key or shortcode the problem is about, empty if none
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, String field, String message) {

  /** How bad a problem is: an error drops the page (or the link), a warning is information. */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:column: severity: message}. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
