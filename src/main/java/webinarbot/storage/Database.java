package webinarbot.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;

/**
 * The one connection pool of a running bot, shared by the ledger, the Quartz job store and whoever
 * else keeps state. Opening it applies every pending schema migration.
 */
public final class Database implements AutoCloseable {
  /** Quartz takes one connection per worker plus a few for its own bookkeeping. */
  private static final int POOL_SIZE = 20;

  /** How often the running bot asks whether the database answers. */
  private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final DatabaseWatch watch;

  private Database(HikariDataSource dataSource, Dialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.watch = new DatabaseWatch(dataSource, clock, WATCH_EVERY);
  }

  /**
   * Connects, creates Quartz's tables if missing and applies our migrations.
   *
   * @throws StorageException with a message for the operator when the database is unreachable
   */
  public static Database open(Settings.Storage storage, Clock clock) throws StorageException {
    Dialect dialect;
    try {
      dialect = Dialect.of(storage.jdbcUrl());
    } catch (IllegalArgumentException e) {
      throw new StorageException(e.getMessage(), e);
    }
    HikariConfig config = new HikariConfig();
    try {
      config.setJdbcUrl(jdbcUrl(storage.jdbcUrl()));
    } catch (IllegalArgumentException e) {
      throw new StorageException(e.getMessage(), e);
    }
    if (!storage.user().isEmpty()) {
      config.setUsername(storage.user());
    }
    if (!storage.password().isEmpty()) {
      config.setPassword(storage.password());
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("webinar-bot");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config);
    } catch (RuntimeException e) {
      String problem = "cannot open the database at " + storage.jdbcUrl() + ": " + rootMessage(e);
      if (wrongCredentials(e)) {
        throw new StorageCredentialsException(problem + credentialsHint(storage), e);
      }
      throw new StorageException(problem, e);
    }
    Database db = new Database(ds, dialect, clock);
    try {
      new QuartzSchema(dialect).createIfMissing(ds);
      new SchemaMigrations(dialect, clock).apply(ds);
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new StorageException("cannot prepare the database schema: " + rootMessage(e), e);
    }
    return db;
  }

  /**
   * An H2 file is opened in H2's mixed mode, so {@code announce} and {@code schedule} can use the
   * database while {@code serve} runs (the first process serves it to the others), and without H2's
   * write delay, so every commit is in the file before the bot moves on (see {@link H2Url}).
   *
   * @throws IllegalArgumentException when the URL sets a write delay
   */
  static String jdbcUrl(String url) {
    return H2Url.parse(url).map(H2Url::forPool).orElse(url);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * True when several replicas can share this database (PostgreSQL): they then run as a cluster. An
   * H2 file belongs to one process.
   */
  public boolean shared() {
    return dialect == Dialect.POSTGRESQL;
  }

  /**
   * The watch that keeps the pool working through database failures (started by the running bot;
   * one-shot commands do without).
   */
  public DatabaseWatch watch() {
    return watch;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    watch.close();
    dataSource.close();
  }

  /** SQLSTATE 28…: invalid authorization (H2's "Wrong user name or password", PostgreSQL's too). */
  private static boolean wrongCredentials(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("28")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An H2 file keeps the user and password it was created with; the usual cause is a password set
   * after a first run without one (or the other way round).
   */
  private static String credentialsHint(Settings.Storage storage) {
    if (!storage.jdbcUrl().startsWith("jdbc:h2:")) {
      return "; check storage.user and " + Secrets.STORAGE_PASSWORD;
    }
    return ". An H2 database keeps the user and password it was created with: set storage.user and "
        + Secrets.STORAGE_PASSWORD
        + " to those (both empty if it was created without; "
        + Secrets.STORAGE_PASSWORD
        + " is "
        + (storage.password().isEmpty() ? "empty" : "set")
        + " now), or move the database file away to start with a new one"
        + " (the bot then plans every reminder again)";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
