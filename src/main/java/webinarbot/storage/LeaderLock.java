package webinarbot.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.config.Settings;

/**
 * A PostgreSQL session-level advisory lock that makes one replica the leader for some job: who
 * holds it, holds it for as long as its own connection lives. The connection is opened outside the
 * pool (the pool would hand it to others, and recycle it) and configured to die quickly when the
 * holder does:
 *
 * <ul>
 *   <li>the server ends the session after {@code lease} without a statement ({@code
 *       idle_session_timeout}, PostgreSQL 14+), so a frozen or cut-off holder loses the lock within
 *       the lease even if its TCP connection lingers;
 *   <li>every statement gives up after a socket timeout, so a holder cut off from the database
 *       notices within seconds, and stops acting as the leader before a successor starts.
 * </ul>
 *
 * <p>Not thread-safe: one thread polls it.
 */
public final class LeaderLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderLock.class);

  private final Settings.Storage storage;
  private final String name;
  private final long key;
  private final Duration lease;
  private Connection connection;
  private boolean held;

  /**
   * @param name what the lock is for, e.g. {@code discord-gateway}; the lock key is its hash
   * @param lease how long the holder may go without checking before the server drops it
   */
  public LeaderLock(Settings.Storage storage, String name, Duration lease) {
    if (Dialect.of(storage.jdbcUrl()) != Dialect.POSTGRESQL) {
      throw new IllegalArgumentException("a leader lock needs PostgreSQL");
    }
    this.storage = storage;
    this.name = name;
    this.key = keyOf(name);
    this.lease = lease;
  }

  /** The advisory lock key: the first 8 bytes of SHA-256 of the name. */
  static long keyOf(String name) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long k = 0;
      for (int i = 0; i < 8; i++) {
        k = (k << 8) | (d[i] & 0xff);
      }
      return k;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** True when this instance holds the lock now: taken now, or still held since. */
  public boolean tryAcquire() {
    if (held) {
      return stillHeld();
    }
    try {
      if (connection == null) {
        connection = open();
      }
      try (PreparedStatement p = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        p.setLong(1, key);
        try (ResultSet rs = p.executeQuery()) {
          held = rs.next() && rs.getBoolean(1);
        }
      }
      return held;
    } catch (SQLException e) {
      LOG.warn("cannot ask for the {} lock: {}", name, e.getMessage());
      drop();
      return false;
    }
  }

  /**
   * Asks the server whether this session still holds the lock; false (and the connection closed) if
   * it does not, or if the server cannot be asked within the socket timeout.
   */
  public boolean stillHeld() {
    if (!held) {
      return false;
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND pid = pg_backend_pid() AND objsubid = 1"
                + " AND ((classid::bigint << 32) | objid::bigint) = ?")) {
      p.setLong(1, key);
      try (ResultSet rs = p.executeQuery()) {
        if (rs.next() && rs.getInt(1) > 0) {
          return true;
        }
      }
      LOG.error("the {} lock is no longer held by this replica", name);
    } catch (SQLException e) {
      LOG.error("lost the connection that holds the {} lock: {}", name, e.getMessage());
    }
    drop();
    return false;
  }

  /** The server process of the lock's connection, for operators (and tests) to find it. */
  public java.util.OptionalInt backendPid() {
    if (connection == null) {
      return java.util.OptionalInt.empty();
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      return rs.next() ? java.util.OptionalInt.of(rs.getInt(1)) : java.util.OptionalInt.empty();
    } catch (SQLException e) {
      return java.util.OptionalInt.empty();
    }
  }

  /** Gives the lock up: closing the session releases it at once. */
  @Override
  public void close() {
    drop();
  }

  private Connection open() throws SQLException {
    Properties p = new Properties();
    if (!storage.user().isEmpty()) {
      p.setProperty("user", storage.user());
    }
    if (!storage.password().isEmpty()) {
      p.setProperty("password", storage.password());
    }
    long seconds = Math.max(1, lease.toSeconds() / 3);
    p.setProperty("connectTimeout", String.valueOf(seconds));
    p.setProperty("socketTimeout", String.valueOf(seconds));
    p.setProperty("tcpKeepAlive", "true");
    p.setProperty("ApplicationName", "webinar-bot " + name + " lock");
    Connection c = DriverManager.getConnection(storage.jdbcUrl(), p);
    try (Statement s = c.createStatement()) {
      s.execute("SET idle_session_timeout = " + Math.max(1000, lease.toMillis()));
    } catch (SQLException e) {
      // Before PostgreSQL 14: the socket timeout and TCP keep-alive still end a dead holder.
      LOG.info("idle_session_timeout unsupported ({}); relying on TCP keep-alive", e.getMessage());
    }
    return c;
  }

  private void drop() {
    held = false;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing the {} lock connection: {}", name, e.getMessage());
      }
      connection = null;
    }
  }
}
