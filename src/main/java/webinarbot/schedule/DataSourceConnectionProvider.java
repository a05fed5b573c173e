package webinarbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Gives Quartz connections from the bot's one pool. The pool belongs to the bot, so Quartz's
 * shutdown leaves it open.
 */
final class DataSourceConnectionProvider implements ConnectionProvider {
  private final DataSource ds;

  DataSourceConnectionProvider(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return ds.getConnection();
  }

  @Override
  public void shutdown() {
    // The pool is closed by whoever opened it, after Quartz has stopped.
  }

  @Override
  public void initialize() {
    // Nothing to set up: the pool is open.
  }
}
