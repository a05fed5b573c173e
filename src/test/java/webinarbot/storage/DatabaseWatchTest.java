package webinarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.http.DatabaseCheck;
import webinarbot.testing.FullDisk;
import webinarbot.testing.LogCapture;

/**
 * Issue 10, item 3, at the pool: H2 closes its database when a write fails on a full disk, and its
 * connections keep calling themselves valid. The watch gets the pool working again once there is
 * space, and readiness says the database is down meanwhile.
 */
class DatabaseWatchTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @AfterEach
  void space() {
    FullDisk.free();
  }

  @Test
  void givenH2OnADiskThatFillsUp_whenSpaceComesBack_thenWritesWorkAgainAndNothingCommittedIsLost(
      @TempDir Path temp) throws Exception {
    Settings.Storage storage = new Settings.Storage(FullDisk.url(temp.resolve("bot")), "", "");
    try (LogCapture log = new LogCapture();
        Database db = Database.open(storage, Clock.systemUTC())) {
      Jdbc jdbc = new Jdbc(db.dataSource());
      DatabaseCheck readiness = new DatabaseCheck(db.dataSource());
      AtomicInteger back = new AtomicInteger();
      db.watch().whenBack(back::incrementAndGet);
      db.watch().start();
      jdbc.update("CREATE TABLE note (id INT PRIMARY KEY)");
      jdbc.update("INSERT INTO note VALUES (1)");

      FullDisk.fill();
      assertThatThrownBy(() -> jdbc.update("INSERT INTO note VALUES (2)"))
          .isInstanceOf(Jdbc.StorageFailure.class);
      await().atMost(PATIENCE).until(() -> !readiness.check().ready());
      await().atMost(PATIENCE).until(() -> !db.watch().state().up());
      FullDisk.free();

      await()
          .atMost(PATIENCE)
          .ignoreExceptions()
          .until(() -> jdbc.update("INSERT INTO note VALUES (3)") == 1);
      assertThat(jdbc.query("SELECT id FROM note ORDER BY id", rs -> rs.getInt(1)))
          .containsExactly(1, 3);
      assertThat(readiness.check().ready()).isTrue();
      await().atMost(PATIENCE).until(() -> back.get() >= 1);
      assertThat(db.watch().state().up()).isTrue();
      assertThat(log.text())
          .contains("the database does not answer: The database has been closed [90098");
    }
  }

  @Test
  void givenWorkThatKeepsFailingWhileTheDatabaseAnswers_whenWatched_thenItIsRetriedLessOften()
      throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:watch-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (LogCapture log = new LogCapture();
        HikariDataSource pool = new HikariDataSource(config);
        DatabaseWatch watch = new DatabaseWatch(pool, Clock.systemUTC(), Duration.ofMillis(20))) {
      AtomicInteger runs = new AtomicInteger();
      // As on PostgreSQL with a full disk: reads answer, every write of the redone work fails.
      watch.whenBack(
          () -> {
            runs.incrementAndGet();
            watch.reportFailure(new IllegalStateException("could not extend file"));
          });
      watch.reportFailure(new IllegalStateException("could not extend file"));
      watch.start();

      await().atMost(PATIENCE).until(() -> runs.get() >= 3);
      int seen = runs.get();

      // Looks come every 20 ms (30 in 600 ms); the redone work waits 80, 160, 320 ms … between
      // tries: at most four of them in the next 600 ms.
      await()
          .during(Duration.ofMillis(600))
          .atMost(Duration.ofSeconds(2))
          .until(() -> runs.get() <= seen + 4);
      assertThat(log.text()).contains("a database call failed (could not extend file)");
    }
  }
}
