package webinarbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/**
 * Writes new one-shot {@link DueTrigger}s straight into Quartz's tables, many rows to a statement,
 * in the caller's transaction (the one that writes the posts they fire), exactly as Quartz's own
 * {@code scheduleJobs} would (same columns and values, checked against it in the tests). Quartz's
 * API spends six statements and a round trip per trigger: 15 s for the 40,000 triggers of 10,000
 * webinars on H2, against a budget of 5 s.
 *
 * <p>Only for triggers that do not exist yet, which every fresh {@link DueTrigger} is; removals go
 * through the API. Quartz takes its {@code TRIGGER_ACCESS} lock to store a trigger because it may
 * replace one being acquired; a new, uncommitted row is invisible to every acquisition, so this
 * insert does not take it, and a first start does not stall the other replicas' firing.
 */
final class QuartzBulkInsert {
  private static final int ROWS_PER_STATEMENT = 250;

  private final String schedulerName;

  QuartzBulkInsert(String schedulerName) {
    this.schedulerName = schedulerName;
  }

  void insert(Connection c, List<DueTrigger> triggers) throws SQLException {
    for (List<DueTrigger> chunk : PendingPostTable.chunks(triggers, ROWS_PER_STATEMENT)) {
      insertTriggers(c, chunk);
      insertSimpleTriggers(c, chunk);
    }
  }

  private void insertTriggers(Connection c, List<DueTrigger> chunk) throws SQLException {
    try (PreparedStatement t =
        c.prepareStatement(
            "INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME,"
                + " JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY,"
                + " TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME,"
                + " MISFIRE_INSTR, JOB_DATA) VALUES "
                + rows(
                    chunk.size(),
                    "(?, ?, ?, ?, ?, NULL, ?, -1, ?, 'WAITING', 'SIMPLE', ?, 0, NULL, ?, ?)"))) {
      int i = 0;
      for (DueTrigger due : chunk) {
        long at = due.at().toEpochMilli();
        t.setString(++i, schedulerName);
        t.setString(++i, due.name());
        t.setString(++i, DueTrigger.GROUP);
        t.setString(++i, QuartzTimer.JOB.getName());
        t.setString(++i, QuartzTimer.JOB.getGroup());
        t.setLong(++i, at);
        t.setInt(++i, Trigger.DEFAULT_PRIORITY);
        t.setLong(++i, at);
        t.setInt(++i, SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        t.setBytes(++i, new byte[0]);
      }
      t.executeUpdate();
    }
  }

  private void insertSimpleTriggers(Connection c, List<DueTrigger> chunk) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP,"
                + " REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES "
                + rows(chunk.size(), "(?, ?, ?, 0, 0, 0)"))) {
      int i = 0;
      for (DueTrigger due : chunk) {
        s.setString(++i, schedulerName);
        s.setString(++i, due.name());
        s.setString(++i, DueTrigger.GROUP);
      }
      s.executeUpdate();
    }
  }

  private static String rows(int n, String tuple) {
    return String.join(", ", Collections.nCopies(n, tuple));
  }
}
