package webinarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
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
  void givenAnUnsupportedJdbcUrl_whenOpened_thenTheErrorSaysWhatIsSupported() {
    assertThatThrownBy(
            () -> Database.open(new Settings.Storage("jdbc:mysql://db/bot", "", ""), CLOCK))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
  }
}
