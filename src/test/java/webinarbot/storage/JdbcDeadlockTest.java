package webinarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import webinarbot.testing.TestDatabases;

/**
 * Replicas that make the same change at once can lock the same rows in opposite orders. A real
 * PostgreSQL then rolls one transaction back as a deadlock victim; a batch that is the victim runs
 * again instead of failing the change (CI saw a replica's cancel fail on exactly this).
 */
class JdbcDeadlockTest {
  @Test
  void
      givenAnotherTransactionLockingRowsInTheOppositeOrder_whenABatchIsTheDeadlockVictim_thenItRunsAgainAndCommits()
          throws Exception {
    try (Database db = Database.open(TestDatabases.postgres(), Clock.systemUTC())) {
      execute(db, "CREATE TABLE counter (id INT PRIMARY KEY, v INT NOT NULL)");
      execute(db, "INSERT INTO counter VALUES (1, 0), (2, 0)");
      Jdbc jdbc = new Jdbc(db.dataSource());

      try (Connection other = db.connection();
          Statement s = other.createStatement()) {
        other.setAutoCommit(false);
        // The batch's session detects the deadlock first (1 s by default), so it is the victim.
        s.execute("SET deadlock_timeout = '60s'");
        s.executeUpdate("UPDATE counter SET v = v + 10 WHERE id = 2");

        // GIVEN a batch that holds row 1 and waits for row 2
        CompletableFuture<Void> batch =
            CompletableFuture.runAsync(
                () ->
                    jdbc.batch(
                        "UPDATE counter SET v = v + 1 WHERE id = ?",
                        List.of(new Object[] {1}, new Object[] {2})));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForLocks(db) == 1);

        // WHEN the other transaction waits for row 1: a deadlock
        s.executeUpdate("UPDATE counter SET v = v + 10 WHERE id = 1");
        other.commit();

        // THEN the batch ran again after the other committed, and both changes are in
        batch.get(30, TimeUnit.SECONDS);
      }
      assertThat(values(db)).containsExactly(11, 11);
    }
  }

  private static void execute(Database db, String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int waitingForLocks(Database db) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<Integer> values(Database db) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT v FROM counter ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }
}
