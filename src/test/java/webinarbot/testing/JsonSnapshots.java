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

  private static String diff(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int first = 0;
    while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
      first++;
    }
    StringBuilder b = new StringBuilder();
    int from = Math.max(0, first - CONTEXT_LINES);
    for (int i = from; i < first; i++) {
      b.append("  ").append(i + 1).append("  ").append(e.get(i)).append('\n');
    }
    for (int i = first; i < Math.min(e.size(), first + CONTEXT_LINES * 2); i++) {
      b.append("- ").append(i + 1).append("  ").append(e.get(i)).append('\n');
    }
    for (int i = first; i < Math.min(a.size(), first + CONTEXT_LINES * 2); i++) {
      b.append("+ ").append(i + 1).append("  ").append(a.get(i)).append('\n');
    }
    return b.append("(expected ")
        .append(e.size())
        .append(" lines, got ")
        .append(a.size())
        .append(')')
        .toString();
  }
}
