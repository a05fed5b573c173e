package webinarbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.testing.KillNineBurst;

/**
 * Issue 10, item 1: {@code serve} on the default store (an H2 file) killed with SIGKILL twice
 * during a burst of reminders, and started again each time. Every reminder is posted exactly once:
 * what the killed run had posted is in the ledger (or found on Slack), never posted again.
 */
class KillNineBurstTest {
  @Test
  void givenABurstOnH2_whenServeIsKilledTwice_thenEveryReminderIsPostedOnceAndNoneIsLost(
      @TempDir Path temp) throws Exception {
    Settings.Storage h2 = new Settings.Storage("jdbc:h2:file:" + temp.resolve("db/bot"), "", "");

    KillNineBurst.Result r =
        KillNineBurst.run(
            temp,
            h2,
            new KillNineBurst.Options(
                40,
                Duration.ofMillis(250),
                List.of(0.3, 0.7),
                Duration.ZERO,
                Duration.ofSeconds(12),
                false));

    KillNineBurst.Counts slack = r.platforms().get("slack");
    assertThat(slack.duplicated()).as("posted twice").isEmpty();
    assertThat(slack.lost()).as("never posted").isZero();
    assertThat(slack.posts()).isEqualTo(40);
  }
}
