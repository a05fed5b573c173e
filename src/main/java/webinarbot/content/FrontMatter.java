package webinarbot.content;

import java.util.Optional;

/**
 * A page split into its front matter and body.
 *
 * @param firstLine the file line of the first front matter line (after the opening fence)
 * @param bodyFirstLine the file line where the body starts
 */
record FrontMatter(Format format, String text, int firstLine, String body, int bodyFirstLine) {

  /** TOML between {@code +++} fences or YAML between {@code ---} fences. */
  enum Format {
    TOML("+++"),
    YAML("---");

    final String fence;

    Format(String fence) {
      this.fence = fence;
    }
  }

  /** Splits a normalised page; reports and returns empty when there is no usable front matter. */
  static Optional<FrontMatter> split(String text, Problems problems) {
    int firstEnd = text.indexOf('\n');
    String first = (firstEnd < 0 ? text : text.substring(0, firstEnd)).strip();
    Format format = null;
    for (Format f : Format.values()) {
      if (first.equals(f.fence)) {
        format = f;
      }
    }
    if (format == null) {
      problems.error(
          1,
          1,
          "",
          "no front matter: a webinar page starts with +++ (TOML) or --- (YAML) on its first line");
      return Optional.empty();
    }
    if (firstEnd < 0) {
      problems.error(1, 1, "", "front matter opened with " + format.fence + " is never closed");
      return Optional.empty();
    }
    int line = 2;
    int start = firstEnd + 1;
    int pos = start;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (l.strip().equals(format.fence)) {
        String fm = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return Optional.of(new FrontMatter(format, fm, 2, body, line + 1));
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    problems.error(1, 1, "", "front matter opened with " + format.fence + " is never closed");
    return Optional.empty();
  }
}
