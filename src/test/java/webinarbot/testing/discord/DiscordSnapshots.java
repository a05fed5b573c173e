package webinarbot.testing.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares JSON against committed files under {@code src/test/resources/snapshots/discord/}. Run
 * with {@code -Dsnapshots.update=true} to (re)write them; otherwise a difference fails with the
 * differing lines side by side.
 */
public final class DiscordSnapshots {
  public static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "discord");
  private static final int CONTEXT = 3;

  private DiscordSnapshots() {}

  public static void assertMatches(String name, String actual) {
    Path file = FOLDER.resolve(name + ".json");
    String normalised = actual.endsWith("\n") ? actual : actual + "\n";
    try {
      if (Boolean.getBoolean("snapshots.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalised, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "no snapshot " + file + "; run the tests with -Dsnapshots.update=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(normalised)) {
        throw new AssertionError(
            "snapshot "
                + file
                + " differs (update with -Dsnapshots.update=true):\n"
                + diff(expected.lines().toList(), normalised.lines().toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first difference with a few lines around it, "-" expected and "+" actual. */
  static String diff(List<String> expected, List<String> actual) {
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
    StringBuilder b = new StringBuilder();
    b.append("@@ line ").append(first + 1).append(" @@\n");
    for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
      b.append("  ").append(expected.get(i)).append('\n');
    }
    expected.subList(first, endExpected).forEach(l -> b.append("- ").append(l).append('\n'));
    actual.subList(first, endActual).forEach(l -> b.append("+ ").append(l).append('\n'));
    for (int i = endExpected; i < Math.min(expected.size(), endExpected + CONTEXT); i++) {
      b.append("  ").append(expected.get(i)).append('\n');
    }
    return b.toString();
  }
}
