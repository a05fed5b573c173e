package webinarbot.content;

import java.util.Arrays;

/**
 * Maps offsets in a text to file lines and columns (1-based). The line table is built on first use:
 * most pages never need a position, only the ones with something to report.
 */
final class Lines {
  private final String text;
  private final int firstLine;
  private int[] starts;

  Lines(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
  }

  int lineOf(int offset) {
    return firstLine + index(offset);
  }

  int columnOf(int offset) {
    return offset - starts()[index(offset)] + 1;
  }

  private int index(int offset) {
    int i = Arrays.binarySearch(starts(), offset);
    return i >= 0 ? i : -i - 2;
  }

  private int[] starts() {
    if (starts == null) {
      int[] s = new int[16];
      int n = 0;
      s[n++] = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
      starts = Arrays.copyOf(s, n);
    }
    return starts;
  }
}
