package webinarbot.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Ready while the database (H2 or PostgreSQL) hands out a connection that runs a statement. Not
 * {@link Connection#isValid}: a connection to an H2 database that closed itself after a failed
 * write (a full disk) still calls itself valid.
 */
public final class DatabaseCheck implements ReadinessCheck {
  private static final int VALIDATION_SECONDS = 2;

  private final DataSource dataSource;

  public DatabaseCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Result check() {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      // The driver's message names the host and the reason, never the password.
      return Result.notReady("cannot connect: " + e.getMessage());
    }
    try (c;
        Statement s = c.createStatement()) {
      s.setQueryTimeout(VALIDATION_SECONDS);
      s.execute("SELECT 1");
      return Result.ready(c.getMetaData().getDatabaseProductName() + " answers");
    } catch (SQLException e) {
      return Result.notReady("does not answer: " + e.getMessage());
    }
  }
}
