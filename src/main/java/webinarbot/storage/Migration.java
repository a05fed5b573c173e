package webinarbot.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema change: {@code db/migration/NNN_name.sql}, applied once, in version order.
 *
 * @param resource where the script is on the class path
 */
public record Migration(int version, String name, String resource) {
  private static final Pattern FILE = Pattern.compile("(\\d+)_([A-Za-z0-9_\\-]+)\\.sql");

  /** Reads a file name such as {@code 001_delivery_ledger.sql}; empty for anything else. */
  public static Optional<Migration> fromFileName(String directory, String fileName) {
    Matcher m = FILE.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Migration(Integer.parseInt(m.group(1)), m.group(2), directory + "/" + fileName));
  }

  public SqlScript script() {
    return SqlScript.fromClasspath(resource);
  }
}
