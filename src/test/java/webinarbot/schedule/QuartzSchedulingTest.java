package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.testing.ClusterHarness;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * The wiring of the real Quartz on H2 and PostgreSQL: what the manual timer stands in for
 * elsewhere. Quartz runs on the real time, so these tests only have it fire posts due now or
 * earlier, and wait for its threads, never for an instant ahead.
 */
class QuartzSchedulingTest {
  private static Instant now() {
    return Clock.systemUTC().instant();
  }

  private static List<String> posted(RecordingNotifier.Channel channel) {
    return channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotWasDown_whenItStarts_thenQuartzFiresTheReminderMissedWithinGraceOnce(
      TestDatabases.Kind kind) throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      // Both reminders fell in the downtime: A's 10 minutes ago, B's 40 minutes ago.
      Webinar a = TestWebinars.startingAt("a", now().plus(Duration.ofMinutes(50))).build();
      Webinar b = TestWebinars.startingAt("b", now().plus(Duration.ofMinutes(20))).build();
      h.previouslySeen(now().minus(Duration.ofDays(30)), a, b);

      h.start(a, b);
      h.awaitFired();

      assertThat(posted(h.channel)).containsExactly("a reminder-1h");
      assertThat(h.ledger().forWebinar("a"))
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENT);
      assertThat(h.ledger().forWebinar("b"))
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SKIPPED);
      assertThat(log.text()).contains("skipped reminder-1h about b on slack:C1: missed by 40m");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenPendingPosts_whenTheBotRestarts_thenQuartzStillHoldsThemAndNothingFiresTwice(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      Webinar talk = TestWebinars.startingAt("talk", now().plus(Duration.ofHours(36))).build();
      h.start(talk);
      h.awaitFired();
      assertThat(posted(h.channel)).containsExactly("talk announcement");
      List<?> pending = h.scheduler().pending("talk");
      assertThat(pending).hasSize(3);

      h.restart();
      h.awaitFired();

      assertThat(h.scheduler().pending("talk")).isEqualTo(pending);
      assertThat(posted(h.channel)).containsExactly("talk announcement");
      assertThat(h.ledger().forWebinar("talk"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENT);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenManyPostsDueAtOneInstant_thenQuartzHoldsOneTriggerPerGroupOfThem(
      TestDatabases.Kind kind) throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      // 120 talks at the same time 36 hours ahead (within the plan's horizon), seen long ago: each
      // has its 1d, 1h and
      // starting reminders pending, 120 posts due at each of three instants.
      Instant start = now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(36));
      Webinar[] talks = new Webinar[120];
      for (int i = 0; i < talks.length; i++) {
        talks[i] = TestWebinars.startingAt("t" + i, start).build();
      }
      h.previouslySeen(now().minus(Duration.ofDays(30)), talks);

      h.start(talks);

      assertThat(log.lines()).filteredOn(l -> l.contains("skipped reminder-7d")).hasSize(120);
      assertThat(h.scheduler().pending("t7")).hasSize(3);
      int perInstant = (120 + QuartzTimer.POSTS_PER_TRIGGER - 1) / QuartzTimer.POSTS_PER_TRIGGER;
      assertThat(dueTriggers(h)).isEqualTo(3 * perInstant);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenATalkBeyondTheHorizon_thenQuartzHoldsOnlyItsWakeUpAcrossRestarts(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      Instant start = now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(30));
      Webinar talk = TestWebinars.startingAt("talk", start).build();
      h.start(talk);
      String wakeUp =
          "horizon@"
              + start
                  .minus(Duration.ofDays(7))
                  .minus(PlanHorizon.AHEAD.dividedBy(2))
                  .toEpochMilli();
      assertThat(triggerNames(h, WakeUpTrigger.HORIZON.group)).containsExactly(wakeUp);
      assertThat(dueTriggers(h)).isZero();

      h.restart();

      assertThat(triggerNames(h, WakeUpTrigger.HORIZON.group)).containsExactly(wakeUp);
      assertThat(h.scheduler().planned("talk")).hasSize(4);
    }
  }

  @Test
  void givenPendingPostsWhoseTriggersWereLost_whenTheBotStarts_thenTheyAreArmedAgain()
      throws Exception {
    try (ScheduleHarness h = ScheduleHarness.onQuartz(TestDatabases.Kind.H2)) {
      Webinar talk = TestWebinars.startingAt("talk", now().plus(Duration.ofHours(36))).build();
      h.start(talk);
      h.awaitFired();
      h.stop();
      // As a crash between writing the posts and arming their triggers would leave them.
      try (Database db = Database.open(h.storage(), h.clock);
          Connection c = db.connection();
          java.sql.Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_GROUP = 'due'");
        s.executeUpdate("DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'due'");
      }
      assertThat(dueTriggers(h)).isZero();

      h.start(talk);

      assertThat(h.scheduler().pending("talk")).hasSize(3);
      assertThat(dueTriggers(h)).isEqualTo(3);
    }
  }

  @Test
  void givenADigestSchedule_thenQuartzHoldsTheNextDigestAcrossRestarts() throws Exception {
    ZonedDateTime tomorrow =
        now().atZone(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
    Settings.Schedule s = TestSettings.schedule();
    Settings.Schedule digest =
        new Settings.Schedule(
            s.timezone(),
            s.reminders(),
            s.allDayTime(),
            s.grace(),
            Optional.of(new Settings.WeeklyTime(DayOfWeek.from(tomorrow), tomorrow.toLocalTime())));
    try (ScheduleHarness h = ScheduleHarness.onQuartz(TestDatabases.h2(), digest)) {
      h.start();
      assertThat(h.scheduler().nextDigest()).hasValue(tomorrow.toInstant());

      h.restart();

      assertThat(h.scheduler().nextDigest()).hasValue(tomorrow.toInstant());
      assertThat(h.channel.messages()).isEmpty();
    }
  }

  @Test
  void givenThreeClusteredReplicas_whenSixtyRemindersAreDueAtOnce_thenEachIsPostedOnce()
      throws Exception {
    try (LogCapture log = new LogCapture();
        ClusterHarness cluster = ClusterHarness.onQuartz()) {
      // Reminders ten minutes overdue (within grace) when the replicas start: each plans them now.
      Instant start = now().plus(Duration.ofMinutes(50));
      Webinar[] talks = new Webinar[60];
      for (int i = 0; i < talks.length; i++) {
        talks[i] = TestWebinars.startingAt("talk-" + i, start).build();
      }
      cluster.seenLongAgo(talks);

      for (int i = 0; i < 3; i++) {
        cluster.start("replica-" + i, talks);
      }
      cluster.awaitFired(talks);

      assertThat(cluster.posted()).hasSize(60).doesNotHaveDuplicates();
      assertThat(cluster.posted()).allMatch(p -> p.endsWith(" reminder-1h"));
      assertThat(cluster.node("replica-0").ledger().all())
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .hasSize(60)
          .containsOnly(DeliveryStatus.SENT);
      // The missed 7- and 1-day reminders, each skipped (and logged) by one replica.
      assertThat(log.lines()).filteredOn(l -> l.contains("skipped reminder-")).hasSize(120);
    }
  }

  private static int dueTriggers(ScheduleHarness h) throws Exception {
    return triggerNames(h, DueTrigger.GROUP).size();
  }

  private static List<String> triggerNames(ScheduleHarness h, String group) throws Exception {
    try (Database db = Database.open(h.storage(), h.clock);
        Connection c = db.connection();
        PreparedStatement p =
            c.prepareStatement("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = ?")) {
      p.setString(1, group);
      try (ResultSet rs = p.executeQuery()) {
        List<String> names = new java.util.ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString(1));
        }
        return names;
      }
    }
  }
}
