package webinarbot.http;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Ready while the database (H2 or PostgreSQL) hands out a connection that answers. */
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
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(VALIDATION_SECONDS)
          ? Result.ready(c.getMetaData().getDatabaseProductName() + " answers")
          : Result.notReady("connection did not answer within " + VALIDATION_SECONDS + " s");
    } catch (SQLException e) {
      // The driver's message names the host and the reason, never the password.
      return Result.notReady("cannot connect: " + e.getMessage());
    }
  }
}
