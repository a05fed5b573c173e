package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.testing.FullDisk;
import webinarbot.testing.LogCapture;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * The schedule when the disk under H2 fills up: a content reload the database refused is applied
 * once it answers again, by itself, without a restart. The database's own watch runs on the real
 * time; the schedule's clock is the manual one.
 */
class DatabaseFailureTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  @TempDir Path temp;
  private ScheduleHarness h;

  @AfterEach
  void stop() {
    FullDisk.free();
    if (h != null) {
      h.close();
    }
  }

  private ScheduleHarness harness() {
    h =
        new ScheduleHarness(
            new Settings.Storage(FullDisk.url(temp.resolve("db/bot")), "", ""),
            TestSettings.schedule());
    return h;
  }

  private List<String> posted() {
    return h.channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
        .toList();
  }

  @Test
  void givenAFullDisk_whenAPageIsAdded_thenItIsAnnouncedOnceTheDatabaseAnswersAgain()
      throws Exception {
    harness();
    Instant start = ScheduleHarness.NOW.plus(Duration.ofDays(3));
    Webinar a = TestWebinars.startingAt("a", start).build();
    Webinar b = TestWebinars.startingAt("b", start.plus(Duration.ofHours(2))).build();
    h.start(a);
    h.runDue();
    assertThat(posted()).containsExactly("a announcement");

    try (LogCapture log = new LogCapture()) {
      FullDisk.fill();
      h.reload(a, b);
      assertThat(log.text())
          .contains("the content reload could not be applied: the database failed");
      assertThat(h.scheduler().pending("b")).isEmpty();

      FullDisk.free();
      await().atMost(PATIENCE).until(() -> !h.scheduler().pending("b").isEmpty());
    }
    h.runDue();

    assertThat(posted()).containsExactly("a announcement", "b announcement");
  }

  @Test
  void givenAFullDiskWhenTheHorizonMovesOn_thenItsRemindersAreWrittenOnceTheDatabaseAnswers()
      throws Exception {
    harness();
    Instant start = ScheduleHarness.NOW.plus(Duration.ofDays(30));
    Instant weekBefore = start.minus(Duration.ofDays(7));
    Webinar a = TestWebinars.startingAt("a", start).build();
    Webinar b = TestWebinars.startingAt("b", start.plus(Duration.ofHours(2))).build();
    h.start(a);

    try (LogCapture log = new LogCapture()) {
      FullDisk.fill();
      h.reload(a, b); // the write that fails closes the database
      // Past the wake-up half a horizon before a's 7-day reminder: the plan made then fails too.
      h.advance(Duration.between(h.clock.instant(), weekBefore.minus(Duration.ofHours(1))));
      assertThat(log.text())
          .contains("replanning failed: the database failed")
          .contains("the content reload could not be applied: the database failed");
      assertThat(h.scheduler().pending("a")).isEmpty();

      FullDisk.free();
      await().atMost(PATIENCE).until(() -> !h.scheduler().pending("a").isEmpty());
    }
    h.advance(Duration.ofHours(3));

    assertThat(posted()).containsExactly("a reminder-7d", "b reminder-7d");
  }
}
