package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.storage.Database;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;

/** How the bot runs its schedule by default, and what it says about itself to /readyz. */
class ReminderSchedulerOptionsTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenADatabase_thenTheScheduleIsClusteredExactlyWhenItCanBeShared(TestDatabases.Kind kind)
      throws Exception {
    try (Database db = Database.open(kind.fresh(), Clock.systemUTC())) {
      ReminderScheduler.Options options = ReminderScheduler.Options.forDatabase(db);

      assertThat(options.clustered()).isEqualTo(kind == TestDatabases.Kind.POSTGRESQL);
      assertThat(options.schedulerName()).isEqualTo("webinar-bot");
      assertThat(options.resyncEvery()).isEqualTo(Duration.ofMinutes(15));
      assertThat(options.checkinInterval()).isEqualTo(ReminderScheduler.Options.CHECKIN);
    }
  }

  @Test
  void givenTheStandaloneOptions_thenOneUnclusteredSchedulerResyncsEveryQuarterHour() {
    ReminderScheduler.Options options = ReminderScheduler.Options.standalone();

    assertThat(options.clustered()).isFalse();
    assertThat(options.schedulerName()).isEqualTo("webinar-bot");
    assertThat(options.threads()).isEqualTo(4);
    assertThat(options.resyncEvery()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void givenABotRunningAlone_thenItIsItsOwnOnlyReplicaUnderItsLedgerOwner() {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      ReminderScheduler s = h.start();

      assertThat(s.clustered()).isFalse();
      assertThat(s.instanceId()).isEqualTo(h.ledger().owner());
      assertThat(s.liveReplicas()).containsExactly("test");
    }
  }
}
