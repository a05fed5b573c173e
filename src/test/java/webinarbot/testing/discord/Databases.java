package webinarbot.testing.discord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Databases for the Discord tests, with the Discord migration applied from the same file the
 * migration runner reads.
 */
public final class Databases {
  public static final String MIGRATION = "db/migration/100_discord_scheduled_events.sql";

  private Databases() {}

  /** A fresh in-memory H2 database. */
  public static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:discord-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return migrated(ds);
  }

  /** Empties the Discord tables between tests. */
  public static void clear(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM discord_scheduled_events");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the Discord migration on {@code dataSource}. */
  public static DataSource migrated(DataSource dataSource) {
    try (InputStream in = Databases.class.getClassLoader().getResourceAsStream(MIGRATION);
        Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is not on the classpath");
      }
      s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return dataSource;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
