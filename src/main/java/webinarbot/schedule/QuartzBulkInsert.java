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
        try (PreparedStatement t =
                c.prepareStatement(
                    "INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME,"
                        + " JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY,"
                        + " TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME,"
                        + " MISFIRE_INSTR, JOB_DATA)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, -1, ?, 'WAITING', 'SIMPLE', ?, 0, NULL, ?, ?)");
            PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP,"
                        + " REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES (?, ?, ?, 0, 0, 0)")) {
          int n = 0;
          for (TriggerName tn : triggers) {
            var key = tn.key();
            long at = tn.at().toEpochMilli();
            t.setString(1, schedulerName);
            t.setString(2, key.getName());
            t.setString(3, key.getGroup());
            t.setString(4, TriggerStore.JOB.getName());
            t.setString(5, TriggerStore.JOB.getGroup());
            t.setString(6, tn.webinarId());
            t.setLong(7, at);
            t.setInt(8, Trigger.DEFAULT_PRIORITY);
            t.setLong(9, at);
            t.setInt(10, SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
            t.setBytes(11, new byte[0]);
            t.addBatch();
            s.setString(1, schedulerName);
            s.setString(2, key.getName());
            s.setString(3, key.getGroup());
            s.addBatch();
            if (++n % 1000 == 0) {
              t.executeBatch();
              s.executeBatch();
            }
          }
          t.executeBatch();
          s.executeBatch();
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
