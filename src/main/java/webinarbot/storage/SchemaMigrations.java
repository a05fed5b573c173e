package webinarbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code db/migration/NNN_name.sql} files in version order, each once, recording them in
 * {@code webinarbot_schema_version}. Any package may add a file; every script must run unchanged on
 * H2 and PostgreSQL.
 */
public final class SchemaMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
  public static final String DIRECTORY = "db/migration";
  static final String VERSION_TABLE = "webinarbot_schema_version";

  private final Dialect dialect;
  private final String directory;
  private final Clock clock;

  public SchemaMigrations(Dialect dialect, Clock clock) {
    this(dialect, DIRECTORY, clock);
  }

  SchemaMigrations(Dialect dialect, String directory, Clock clock) {
    this.dialect = dialect;
    this.directory = directory;
    this.clock = clock;
  }

  /** The migrations on the class path, in order; two files with one version are refused. */
  public List<Migration> available() {
    Map<Integer, Migration> byVersion = new HashMap<>();
    for (String file : new HashSet<>(ClasspathDirectory.fileNames(directory))) {
      Migration m = Migration.fromFileName(directory, file).orElse(null);
      if (m == null) {
        continue;
      }
      Migration other = byVersion.putIfAbsent(m.version(), m);
      if (other != null) {
        throw new IllegalStateException(
            "two migrations with version "
                + m.version()
                + ": "
                + other.resource()
                + ", "
                + m.resource());
      }
    }
    return byVersion.values().stream().sorted(Comparator.comparingInt(Migration::version)).toList();
  }

  /** Applies what is missing and returns the versions applied now. */
  public List<Integer> apply(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      createVersionTable(c);
      Set<Integer> done = applied(c);
      List<Migration> todo = available().stream().filter(m -> !done.contains(m.version())).toList();
      for (Migration m : todo) {
        applyOne(c, m);
      }
      return todo.stream().map(Migration::version).toList();
    }
  }

  /** The versions recorded as applied. */
  public Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
    }
    return versions;
  }

  private void createVersionTable(Connection c) throws SQLException {
    if (QuartzSchema.exists(c, VERSION_TABLE)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + VERSION_TABLE
              + " (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL,"
              + " applied_at BIGINT NOT NULL)");
    }
  }

  /**
   * Script and version row in one transaction (PostgreSQL runs DDL in transactions; H2 commits each
   * DDL statement, so the row goes in last, only once the script has run). A second replica
   * starting at the same moment fails on an existing table or the key, and then finds the version
   * applied.
   */
  private void applyOne(Connection c, Migration m) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement record =
        c.prepareStatement(
            "INSERT INTO " + VERSION_TABLE + " (version, name, applied_at) VALUES (?, ?, ?)")) {
      m.script().run(c);
      record.setInt(1, m.version());
      record.setString(2, m.name());
      record.setLong(3, clock.millis());
      record.executeUpdate();
      c.commit();
      LOG.info("applied schema migration {} {} ({})", m.version(), m.name(), dialect);
    } catch (SQLException e) {
      c.rollback();
      if (!applied(c).contains(m.version())) {
        throw new SQLException("migration " + m.resource() + " failed: " + e.getMessage(), e);
      }
    } finally {
      c.setAutoCommit(true);
    }
  }
}
