package webinarbot.content;

import java.util.Optional;

/**
 * Where TOML front matter nests arrays or inline tables too deep: tomlj's parser recurses once per
 * level and runs out of stack a few thousand levels down, so the page gets an error at the bracket
 * that went too deep instead of taking down whoever was reading it. Only asked after a parser gave
 * up; strings and comments are skipped roughly, which is enough to point at the place.
 */
final class NestingDepth {
  /** Deeper than any real page goes, far shallower than where a parser's stack ends. */
  static final int LIMIT = 64;

  private NestingDepth() {}

  /** The line and column (1-based) of the first bracket more than {@code limit} deep. */
  static Optional<int[]> tooDeep(String toml, int limit) {
    int depth = 0;
    int line = 1;
    int column = 0;
    char quote = 0;
    boolean comment = false;
    for (int i = 0; i < toml.length(); i++) {
      char c = toml.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
        comment = false;
      } else if (comment) {
        // A comment's brackets and quotes are not the document's.
      } else if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
          column++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '#') {
        comment = true;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '{') {
        if (++depth > limit) {
          return Optional.of(new int[] {line, column});
        }
      } else if (c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return Optional.empty();
  }
}
