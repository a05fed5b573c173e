package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.config.Settings;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/** schedule.digest in the running schedule: one digest per channel and week, through the ledger. */
class WeeklyDigestSchedulingTest {
  /** A Monday 09:10 UTC. */
  private static final Instant MONDAY = ScheduleHarness.NOW.minus(Duration.ofMinutes(50));

  private static Settings.Schedule digestAt(DayOfWeek day, LocalTime time) {
    Settings.Schedule s = TestSettings.schedule();
    return new Settings.Schedule(
        s.timezone(),
        s.reminders(),
        s.allDayTime(),
        s.grace(),
        Optional.of(new Settings.WeeklyTime(day, time)));
  }

  private static List<RecordingNotifier.Message> digests(ScheduleHarness h) {
    return h.channel.messages().stream().filter(m -> m.post().kind() == PostKind.DIGEST).toList();
  }

  private static List<String> listed(RecordingNotifier.Message m) {
    return ((Post.Digest) m.post()).webinars().stream().map(Webinar::id).toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenADigestDueInSeconds_whenItComesDue_thenEachChannelGetsOneListingTheWeek(
      TestDatabases.Kind kind) throws Exception {
    ZonedDateTime due = ScheduleHarness.NOW.plusSeconds(4).atZone(ZoneOffset.UTC);
    try (ScheduleHarness h =
        new ScheduleHarness(
            kind.fresh(), digestAt(due.getDayOfWeek(), due.toLocalTime()), "C1", "C2")) {
      Webinar inThreeDays =
          TestWebinars.startingAt("in-three-days", due.toInstant().plus(Duration.ofDays(3)))
              .build();
      Webinar inTwoWeeks =
          TestWebinars.startingAt("in-two-weeks", due.toInstant().plus(Duration.ofDays(14)))
              .build();
      h.start(inThreeDays, inTwoWeeks);
      assertThat(h.scheduler().nextDigest()).hasValue(due.toInstant());
      h.advance(Duration.ofMillis(3999));
      assertThat(digests(h)).isEmpty();

      h.advance(Duration.ofMillis(1));

      assertThat(digests(h))
          .extracting(m -> m.target().channel())
          .containsExactlyInAnyOrder("C1", "C2");
      assertThat(digests(h))
          .allSatisfy(m -> assertThat(listed(m)).containsExactly("in-three-days"));
      assertThat(((Post.Digest) digests(h).get(0).post()).weekOf()).isEqualTo(due.toLocalDate());
      assertThat(h.scheduler().nextDigest()).hasValue(due.toInstant().plus(Duration.ofDays(7)));
      assertThat(h.ledger().forWebinar(Delivery.DIGEST_SUBJECT))
          .extracting(e -> e.key().revision())
          .containsOnly(due.toLocalDate().toString());
    }
  }

  @Test
  void givenADigestMissedWhileDown_whenTheBotStartsWithinGrace_thenItGoesOutOnceAcrossRestarts() {
    try (ScheduleHarness h =
        new ScheduleHarness(
            TestDatabases.h2(), digestAt(DayOfWeek.MONDAY, LocalTime.of(9, 0)), "C1")) {
      Instant monday = MONDAY;
      h.clock.set(monday);
      Webinar thursday =
          TestWebinars.startingAt("thursday", monday.plus(Duration.ofDays(3))).build();

      h.start(thursday);
      h.settle();
      assertThat(digests(h)).hasSize(1);
      h.clock.advance(Duration.ofMinutes(5));
      h.restart();
      h.runDue();
      assertThat(digests(h)).hasSize(1);

      assertThat(listed(digests(h).get(0))).containsExactly("thursday");
      assertThat(h.ledger().forWebinar(Delivery.DIGEST_SUBJECT))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENT);
    }
  }

  @Test
  void givenADigestMissedBeyondGrace_whenTheBotStarts_thenItIsSkippedWithTheReason()
      throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h =
            new ScheduleHarness(
                TestDatabases.h2(), digestAt(DayOfWeek.MONDAY, LocalTime.of(9, 0)), "C1")) {
      Instant monday = MONDAY.plus(Duration.ofHours(2));
      h.clock.set(monday);

      h.start(TestWebinars.startingAt("thursday", monday.plus(Duration.ofDays(3))).build());
      h.runDue();

      LedgerEntry row = h.ledger().forWebinar(Delivery.DIGEST_SUBJECT).get(0);
      assertThat(row.status()).isEqualTo(DeliveryStatus.SKIPPED);
      assertThat(row.detail()).hasValueSatisfying(d -> assertThat(d).startsWith("missed: due "));
      assertThat(digests(h)).isEmpty();
      assertThat(log.text()).contains("skipped digest about ");
    }
  }

  @Test
  void givenAWeekWithoutWebinars_whenTheDigestIsDue_thenNothingIsPosted() {
    try (ScheduleHarness h =
        new ScheduleHarness(
            TestDatabases.h2(), digestAt(DayOfWeek.MONDAY, LocalTime.of(9, 0)), "C1")) {
      Instant monday = MONDAY;
      h.clock.set(monday);

      h.start(TestWebinars.startingAt("next-month", monday.plus(Duration.ofDays(30))).build());
      h.runDue();

      assertThat(digests(h)).isEmpty();
      assertThat(h.ledger().forWebinar(Delivery.DIGEST_SUBJECT)).isEmpty();
    }
  }
}
