package webinarbot.content;

import java.util.Arrays;

/** Maps offsets in a text to file lines and columns (1-based). */
final class Lines {
  private final int[] starts;
  private final int firstLine;

  Lines(String text, int firstLine) {
    this.firstLine = firstLine;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, n);
  }

  int lineOf(int offset) {
    return firstLine + index(offset);
  }

  int columnOf(int offset) {
    return offset - starts[index(offset)] + 1;
  }

  private int index(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
