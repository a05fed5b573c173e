package webinarbot.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import webinarbot.config.Settings;

/**
 * Fresh, empty databases for tests: H2 in memory, or a new database in one real PostgreSQL that the
 * whole test JVM shares (starting PostgreSQL takes seconds; creating a database, milliseconds).
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** The two kinds of storage every storage test runs against. */
  public enum Kind {
    H2,
    POSTGRESQL;

    public Settings.Storage fresh() {
      return this == H2 ? h2() : postgres();
    }
  }

  public static Settings.Storage h2() {
    return new Settings.Storage(
        "jdbc:h2:mem:webinarbot-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "", "");
  }

  public static synchronized Settings.Storage postgres() {
    EmbeddedPostgres pg = server();
    String name = "webinarbot_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
    return new Settings.Storage(pg.getJdbcUrl("postgres", name), "postgres", "");
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the temporary directory goes with it.
                    }
                  }));
    }
    return postgres;
  }
}
