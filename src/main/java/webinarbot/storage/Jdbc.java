package webinarbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few JDBC calls the bot's own tables need, so stores read as SQL and not as plumbing. Each
 * call is its own auto-committed statement; a {@link SQLException} becomes a {@link
 * StorageFailure}.
 */
public final class Jdbc {
  private final DataSource ds;

  public Jdbc(DataSource ds) {
    this.ds = ds;
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
  public int update(String sql, Object... params) {
    try {
      return again(() -> updateOnce(sql, params));
    } catch (SQLException e) {
      throw new StorageFailure(e);
    }
  }

  /** Like {@link #update} but a unique-key violation returns false instead of failing. */
  public boolean insertIfAbsent(String sql, Object... params) {
    try {
      again(() -> updateOnce(sql, params));
      return true;
    } catch (SQLException e) {
      if (Dialect.isUniqueViolation(e)) {
        return false;
      }
      throw new StorageFailure(e);
    }
  }

  /** Runs one statement for many rows in a single transaction, in batches. */
  public void batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try {
      again(
          () -> {
            batchOnce(sql, rows);
            return null;
          });
    } catch (SQLException e) {
      throw new StorageFailure(e);
    }
  }

  /** How often a transaction the database chose as a deadlock victim runs, at most. */
  static final int ATTEMPTS = 4;

  private interface Transaction<T> {
    T run() throws SQLException;
  }

  /**
   * Replicas that make the same change at once can lock the same rows in different orders; the
   * database then rolls one transaction back as the deadlock victim. Rolled back, it left nothing
   * behind, so running it again is the same as running it the first time.
   */
  private static <T> T again(Transaction<T> tx) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.run();
      } catch (SQLException e) {
        if (!Dialect.isTransactionConflict(e) || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private int updateOnce(String sql, Object... params) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  private void batchOnce(String sql, List<Object[]> rows) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int n = 0;
        for (Object[] row : rows) {
          bind(ps, row);
          ps.addBatch();
          if (++n % 500 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StorageFailure(e);
    }
  }

  /** A nullable BIGINT column as a boxed value. */
  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        // Untyped, so PostgreSQL infers the column type instead of refusing varchar for bigint.
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, p.toString());
      }
    }
  }

  /** A database call failed; the bot logs it and carries on where it can. */
  public static final class StorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StorageFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
