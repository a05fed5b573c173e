package webinarbot.content;

/**
 * A page in a talk section that did not become a talk, and why: lint counts these by reason and
 * {@code lint --verbose} names each one, so no page is ever left out without a word.
 *
 * @param file the page as diagnostics name it
 * @param detail what exactly, e.g. {@code type = "speaker"}
 */
public record Skipped(String file, Reason reason, String detail) {

  /** Why a page is not a talk. */
  public enum Reason {
    SECTION_PAGE("section page", "section pages"),
    OTHER_TYPE("another type", "of other types"),
    PERSON_PAGE("person page", "person pages"),
    NO_DATE("no date", "without a date"),
    ERRORS("errors", "with errors");

    private final String label;
    private final String counted;

    Reason(String label, String counted) {
      this.label = label;
      this.counted = counted;
    }

    public String label() {
      return label;
    }

    /** "3 section pages", "1 section page", "2 without a date". */
    public String count(int n) {
      if (n == 1 && (this == SECTION_PAGE || this == PERSON_PAGE)) {
        return n + " " + label;
      }
      return n + " " + counted;
    }
  }

  /** {@code path: skipped (reason): detail}. */
  public String format() {
    return file + ": skipped (" + reason.label() + ")" + (detail.isEmpty() ? "" : ": " + detail);
  }
}
