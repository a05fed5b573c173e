package webinarbot.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares output with a committed file under {@code src/test/resources/snapshots/}. Run with
 * {@code -Dsnapshots.update=true} to (re)write the files after a deliberate change; otherwise a
 * difference fails with the first differing lines side by side.
 */
public final class JsonSnapshots {
  private static final Path ROOT = Path.of("src/test/resources/snapshots");
  private static final int CONTEXT_LINES = 3;

  private JsonSnapshots() {}

  public static boolean updating() {
    return Boolean.getBoolean("snapshots.update");
  }

  /**
   * @param name relative to the snapshot root, such as {@code slack/kinds/announcement.json}
   */
  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    String normalized = actual.replace("\r\n", "\n").stripTrailing() + "\n";
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("No snapshot " + file + "; run the tests with -Dsnapshots.update=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(normalized)) {
        fail(
            "Snapshot "
                + file
                + " differs (update with -Dsnapshots.update=true if intended):\n"
                + diff(expected, normalized));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The differing lines with a few around them, "-" expected and "+" actual. */
  static String diff(String expectedText, String actualText) {
    List<String> expected = expectedText.lines().toList();
    List<String> actual = actualText.lines().toList();
    int first = 0;
    while (first < expected.size()
        && first < actual.size()
        && expected.get(first).equals(actual.get(first))) {
      first++;
    }
    int endExpected = expected.size();
    int endActual = actual.size();
    while (endExpected > first
        && endActual > first
        && expected.get(endExpected - 1).equals(actual.get(endActual - 1))) {
      endExpected--;
      endActual--;
    }
    StringBuilder b = new StringBuilder("@@ line ").append(first + 1).append(" @@\n");
    for (int i = Math.max(0, first - CONTEXT_LINES); i < first; i++) {
      b.append("  ").append(expected.get(i)).append('\n');
    }
    expected.subList(first, endExpected).forEach(l -> b.append("- ").append(l).append('\n'));
    actual.subList(first, endActual).forEach(l -> b.append("+ ").append(l).append('\n'));
    for (int i = endExpected; i < Math.min(expected.size(), endExpected + CONTEXT_LINES); i++) {
      b.append("  ").append(expected.get(i)).append('\n');
    }
    return b.toString();
  }
}
