package webinarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.config.Settings;
import webinarbot.testing.TestDatabases;

class DatabaseTest {
  private static final Clock CLOCK = Clock.systemUTC();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenAnEmptyDatabase_whenOpened_thenQuartzAndOurTablesExistAndVersionsAreRecorded(
      TestDatabases.Kind kind) throws Exception {
    try (Database db = Database.open(kind.fresh(), CLOCK)) {
      try (Connection c = db.connection()) {
        assertThat(QuartzSchema.exists(c, "QRTZ_TRIGGERS")).isTrue();
        assertThat(QuartzSchema.exists(c, "QRTZ_LOCKS")).isTrue();
        assertThat(QuartzSchema.exists(c, "webinarbot_delivery")).isTrue();
        assertThat(QuartzSchema.exists(c, "webinarbot_webinar")).isTrue();
        assertThat(new SchemaMigrations(db.dialect(), CLOCK).applied(c)).contains(1, 2);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenPendingTriggersStored_whenTheBotStartsAgain_thenTheSchemaIsKeptAndNothingIsDropped(
      TestDatabases.Kind kind) throws Exception {
    Settings.Storage storage = kind.fresh();
    try (Database db = Database.open(storage, CLOCK);
        Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('webinar-bot', 'TRIGGER_ACCESS')");
    }

    try (Database db = Database.open(storage, CLOCK);
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM QRTZ_LOCKS")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(new SchemaMigrations(db.dialect(), CLOCK).apply(db.dataSource())).isEmpty();
    }
  }

  @Test
  void givenAMigrationDirectory_whenListed_thenFilesComeInVersionOrderAndOthersAreIgnored() {
    assertThat(new SchemaMigrations(Dialect.H2, CLOCK).available())
        .extracting(Migration::version, Migration::name)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(1, "delivery_ledger"),
            org.assertj.core.groups.Tuple.tuple(2, "known_webinars"));
  }

  @Test
  void givenAMigrationThatFails_whenApplied_thenItIsNotRecordedAndTheErrorNamesTheFile()
      throws SQLException {
    Settings.Storage storage = TestDatabases.h2();
    try (Database db = Database.open(storage, CLOCK)) {
      SchemaMigrations broken = new SchemaMigrations(Dialect.H2, "db/broken-migration", CLOCK);

      assertThatThrownBy(() -> broken.apply(db.dataSource()))
          .hasMessageContaining("db/broken-migration/900_broken.sql");
      try (Connection c = db.connection()) {
        assertThat(broken.applied(c)).doesNotContain(900);
      }
    } catch (StorageException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void givenTheDefaultH2File_whenOpened_thenEveryCommitIsWrittenAtOnceWithoutH2sWriteDelay(
      @TempDir Path temp) throws Exception {
    Settings.Storage file = new Settings.Storage("jdbc:h2:file:" + temp.resolve("bot"), "", "");

    try (Database db = Database.open(file, CLOCK);
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(rs.next()).isTrue();
      // H2's default is 500 ms: commits a kill -9 or a full disk in that time loses.
      assertThat(rs.getString(1)).isEqualTo("0");
    }
  }

  @Test
  void givenAnH2UrlAskingForAWriteDelay_whenOpened_thenItIsRefusedWithTheReason(
      @TempDir Path temp) {
    Settings.Storage delayed =
        new Settings.Storage("jdbc:h2:file:" + temp.resolve("bot") + ";WRITE_DELAY=500", "", "");

    assertThatThrownBy(() -> Database.open(delayed, CLOCK))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("storage.jdbc_url sets WRITE_DELAY=500")
        .hasMessageContaining("twice");
  }

  @Test
  void givenH2Urls_whenOpenedByThePool_thenFilesGetMixedModeAndNoWriteDelay() {
    assertThat(Database.jdbcUrl("jdbc:h2:file:./data/webinar-bot"))
        .isEqualTo("jdbc:h2:file:./data/webinar-bot;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(Database.jdbcUrl("jdbc:h2:./bot;AUTO_SERVER=FALSE;WRITE_DELAY=0"))
        .isEqualTo("jdbc:h2:./bot;AUTO_SERVER=FALSE;WRITE_DELAY=0");
    assertThat(Database.jdbcUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
    assertThat(Database.jdbcUrl("jdbc:h2:tcp://db/bot")).isEqualTo("jdbc:h2:tcp://db/bot");
    assertThat(Database.jdbcUrl("jdbc:postgresql://db/bot")).isEqualTo("jdbc:postgresql://db/bot");
  }

  @Test
  void givenAnUnsupportedJdbcUrl_whenOpened_thenTheErrorSaysWhatIsSupported() {
    assertThatThrownBy(
            () -> Database.open(new Settings.Storage("jdbc:mysql://db/bot", "", ""), CLOCK))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
  }
}
