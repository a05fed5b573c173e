package webinarbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import webinarbot.storage.Dialect;

/**
 * Writes many new one-shot triggers straight into Quartz's tables, in one batched transaction,
 * exactly as Quartz's own {@code scheduleJobs} would (same columns and values, checked against it
 * in the tests). Quartz's API spends six statements and a round trip per trigger: 15 s for the
 * 40,000 triggers of 10,000 webinars on H2, against a budget of 5 s.
 *
 * <p>Only for triggers that do not exist yet; changes and removals go through the API. In a cluster
 * the insert holds Quartz's {@code TRIGGER_ACCESS} row lock, as Quartz does.
 */
final class QuartzBulkInsert {
  private static final String TRIGGER_ACCESS = "TRIGGER_ACCESS";
  private static final int ROWS_PER_STATEMENT = 250;

  private final DataSource ds;
  private final String schedulerName;
  private final boolean clustered;

  QuartzBulkInsert(DataSource ds, String schedulerName, boolean clustered) {
    this.ds = ds;
    this.schedulerName = schedulerName;
    this.clustered = clustered;
  }

  /** Returns how many were inserted: in a cluster, another replica may have written some. */
  int insert(List<TriggerName> wanted) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<TriggerName> triggers = wanted;
        if (clustered) {
          lock(c);
          // Replicas starting together plan the same triggers; the first to get the lock writes.
          java.util.Set<String> existing = existing(c);
          triggers = wanted.stream().filter(t -> !existing.contains(keyOf(t))).toList();
        }
        // Many rows per statement: H2 and PostgreSQL then parse, lock and log once per chunk
        // instead of once per row, which counts most in a cold JVM (a first start).
        for (int from = 0; from < triggers.size(); from += ROWS_PER_STATEMENT) {
          List<TriggerName> chunk =
              triggers.subList(from, Math.min(triggers.size(), from + ROWS_PER_STATEMENT));
          insertTriggers(c, chunk);
          insertSimpleTriggers(c, chunk);
        }
        c.commit();
        return triggers.size();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private void insertTriggers(Connection c, List<TriggerName> chunk) throws SQLException {
    try (PreparedStatement t =
        c.prepareStatement(
            "INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME,"
                + " JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY,"
                + " TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME,"
                + " MISFIRE_INSTR, JOB_DATA) VALUES "
                + rows(
                    chunk.size(),
                    "(?, ?, ?, ?, ?, ?, ?, -1, ?, 'WAITING', 'SIMPLE', ?, 0, NULL, ?, ?)"))) {
      int i = 0;
      for (TriggerName tn : chunk) {
        var key = tn.key();
        long at = tn.at().toEpochMilli();
        t.setString(++i, schedulerName);
        t.setString(++i, key.getName());
        t.setString(++i, key.getGroup());
        t.setString(++i, TriggerStore.JOB.getName());
        t.setString(++i, TriggerStore.JOB.getGroup());
        t.setString(++i, tn.webinarId());
        t.setLong(++i, at);
        t.setInt(++i, Trigger.DEFAULT_PRIORITY);
        t.setLong(++i, at);
        t.setInt(++i, SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        t.setBytes(++i, new byte[0]);
      }
      t.executeUpdate();
    }
  }

  private void insertSimpleTriggers(Connection c, List<TriggerName> chunk) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP,"
                + " REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES "
                + rows(chunk.size(), "(?, ?, ?, 0, 0, 0)"))) {
      int i = 0;
      for (TriggerName tn : chunk) {
        s.setString(++i, schedulerName);
        s.setString(++i, tn.key().getName());
        s.setString(++i, tn.key().getGroup());
      }
      s.executeUpdate();
    }
  }

  private static String rows(int n, String tuple) {
    return String.join(", ", java.util.Collections.nCopies(n, tuple));
  }

  private java.util.Set<String> existing(Connection c) throws SQLException {
    java.util.Set<String> keys = new java.util.HashSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT TRIGGER_GROUP, TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?")) {
      p.setString(1, schedulerName);
      try (var rs = p.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getString(1) + "\u0000" + rs.getString(2));
        }
      }
    }
    return keys;
  }

  private static String keyOf(TriggerName t) {
    return t.key().getGroup() + "\u0000" + t.key().getName();
  }

  /**
   * Quartz's row lock on trigger changes, created if this database never had it (a replica that
   * creates it at the same moment wins, and the lock is then taken on its row).
   */
  private void lock(Connection c) throws SQLException {
    while (true) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT LOCK_NAME FROM QRTZ_LOCKS WHERE SCHED_NAME = ? AND LOCK_NAME = ? FOR UPDATE")) {
        p.setString(1, schedulerName);
        p.setString(2, TRIGGER_ACCESS);
        try (var rs = p.executeQuery()) {
          if (rs.next()) {
            return;
          }
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES (?, ?)")) {
        p.setString(1, schedulerName);
        p.setString(2, TRIGGER_ACCESS);
        p.executeUpdate();
        return;
      } catch (SQLException e) {
        if (!Dialect.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }
}
