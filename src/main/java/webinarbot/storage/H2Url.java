package webinarbot.storage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An H2 JDBC URL taken apart: where the database lives and the settings after {@code ;}. The bot
 * adds what it relies on to a file database: {@code AUTO_SERVER=TRUE} (the one-shot commands beside
 * {@code serve}) and {@code WRITE_DELAY=0}.
 *
 * <p>{@code WRITE_DELAY=0} because H2 otherwise keeps commits in memory for up to half a second
 * (its default {@code WRITE_DELAY} is 500 ms): a process killed in that time, or a disk that fills
 * up, loses ledger rows that were already committed, and the next run posts those reminders again.
 * With 0, a commit is in the file (the operating system's cache) before the bot moves on.
 */
public final class H2Url {
  private static final String PREFIX = "jdbc:h2:";

  private final String url;
  private final String location;
  private final Map<String, String> settings;

  private H2Url(String url, String location, Map<String, String> settings) {
    this.url = url;
    this.location = location;
    this.settings = settings;
  }

  /** An H2 URL taken apart; empty for any other URL. */
  public static Optional<H2Url> parse(String url) {
    if (!url.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = url.substring(PREFIX.length()).split(";");
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        settings.put(
            parts[i].substring(0, eq).strip().toUpperCase(Locale.ROOT),
            parts[i].substring(eq + 1).strip());
      }
    }
    return Optional.of(new H2Url(url, parts[0], settings));
  }

  /** A database in a file of this machine, not in memory and not on an H2 server. */
  public boolean isFile() {
    String l = location.toLowerCase(Locale.ROOT);
    return !l.startsWith("mem:") && !l.startsWith("tcp:") && !l.startsWith("ssl:");
  }

  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(name.toUpperCase(Locale.ROOT)));
  }

  /**
   * The file H2 keeps the database in ({@code NAME.mv.db}), for messages and for the lock beside
   * it; only for {@link #isFile() file} databases.
   */
  public Path databaseFile() {
    return Path.of(basePath() + ".mv.db");
  }

  /** The database's path without H2's suffix: {@code ./data/webinar-bot}. */
  public Path basePath() {
    String path = location;
    // file:, and file system prefixes such as nio: or split: (a Windows drive letter is one
    // letter).
    int colon;
    while ((colon = path.indexOf(':')) > 1 && path.substring(0, colon).matches("[A-Za-z]+")) {
      path = path.substring(colon + 1);
    }
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Path.of(path).toAbsolutePath().normalize();
  }

  /**
   * The URL the pool opens: with {@code AUTO_SERVER=TRUE} and {@code WRITE_DELAY=0} added for a
   * file database, unless given.
   *
   * @throws IllegalArgumentException when the URL asks for a write delay, which would lose posts
   */
  public String forPool() {
    if (!isFile()) {
      return url;
    }
    Optional<String> delay = setting("WRITE_DELAY");
    if (delay.isPresent() && !delay.get().equals("0")) {
      throw new IllegalArgumentException(
          "storage.jdbc_url sets WRITE_DELAY="
              + delay.get()
              + ": H2 would keep commits in memory that long, and a crash or a full disk in that"
              + " time would post reminders twice; remove it (the bot sets WRITE_DELAY=0)");
    }
    StringBuilder b = new StringBuilder(url);
    if (setting("AUTO_SERVER").isEmpty()) {
      b.append(";AUTO_SERVER=TRUE");
    }
    if (delay.isEmpty()) {
      b.append(";WRITE_DELAY=0");
    }
    return b.toString();
  }
}
