package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;

/**
 * A weekly series in two zones across the end of daylight saving (Europe on 25 October, the US on 1
 * November), with an exdate, and its time edited mid-series: each occurrence reminded at its own
 * local time, the skipped one not, and only the occurrences still to come moved.
 */
class SeriesSchedulingTest {
  /**
   * When the bot first sees the series, a day before it begins: every periodic chore runs at each
   * of its instants under the manual timer, so months of them would only cost time.
   */
  private static final Instant FOUND = Instant.parse("2026-10-19T00:00:00Z");

  private static ScheduleHarness harness() {
    ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2.fresh(), oneHourBefore(), "C1");
    h.clock.set(FOUND);
    return h;
  }

  /** The weekly call at 09:00 in Los Angeles alone. */
  private Webinar losAngeles() throws IOException {
    return pages("17:00 - 18:00 Europe/Berlin", "09:00 - 10:00 America/Los_Angeles").stream()
        .filter(w -> w.id().equals("la"))
        .findFirst()
        .orElseThrow();
  }

  @TempDir Path temp;

  private static Settings.Schedule oneHourBefore() {
    Settings.Schedule s = TestSettings.schedule();
    return new Settings.Schedule(
        s.timezone(), List.of(Duration.ofHours(1)), s.allDayTime(), s.grace(), s.digest());
  }

  private List<Webinar> pages(String berlinSlot, String laSlot) throws IOException {
    page("berlin.md", "Berlin call", berlinSlot, "exdates = [2026-10-27]\n");
    page("la.md", "LA call", laSlot, "");
    LoadResult r =
        new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC")).load(temp);
    assertThat(r.diagnostics()).isEmpty();
    return r.catalogue().all();
  }

  private void page(String name, String title, String slot, String extra) throws IOException {
    Files.writeString(
        temp.resolve(name),
        "+++\ntitle = \""
            + title
            + "\"\ndate = \"2026-10-20\"\ntime_slot = \""
            + slot
            + "\"\nrecurrence = \"FREQ=WEEKLY;BYDAY=TU;COUNT=4\"\n"
            + extra
            + "+++\nWeekly.\n");
  }

  private static List<String> reminders(ScheduleHarness h) {
    return h.channel.messages().stream().map(SeriesSchedulingTest::line).toList();
  }

  private static String line(RecordingNotifier.Message m) {
    Webinar w = ((Post.About) m.post()).webinar();
    return m.post().kind() + " " + w.id() + " " + w.time().start().toOffsetDateTime();
  }

  @Test
  void eachOccurrenceIsRemindedAtItsLocalTimeAndAnEditMovesOnlyTheOnesToCome() throws Exception {
    try (ScheduleHarness h = harness()) {
      h.start(
          pages("17:00 - 18:00 Europe/Berlin", "09:00 - 10:00 America/Los_Angeles")
              .toArray(Webinar[]::new));

      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-10-28T00:00:00Z")));

      assertThat(reminders(h))
          .containsExactly(
              "reminder-1h berlin 2026-10-20T17:00+02:00",
              "reminder-1h la 2026-10-20T09:00-07:00",
              "reminder-1h la 2026-10-27T09:00-07:00");

      List<Webinar> moved =
          pages("18:30 - 19:30 Europe/Berlin", "09:00 - 10:00 America/Los_Angeles");
      h.reload(moved.toArray(Webinar[]::new));
      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-11-11T00:00:00Z")));

      assertThat(reminders(h))
          .containsExactly(
              "reminder-1h berlin 2026-10-20T17:00+02:00",
              "reminder-1h la 2026-10-20T09:00-07:00",
              "reminder-1h la 2026-10-27T09:00-07:00",
              "reminder-1h la 2026-11-03T09:00-08:00",
              "reminder-1h berlin 2026-11-03T18:30+01:00",
              "reminder-1h la 2026-11-10T09:00-08:00",
              "reminder-1h berlin 2026-11-10T18:30+01:00");
      // The first Berlin reminder, of an occurrence that is over, was not edited to 18:30.
      assertThat(h.channel.edits()).isEmpty();
    }
  }

  @Test
  void anOccurrencesReminderClaimedAndPostedWhenTheBotDiesIsRecordedOnRestartNotRepeated()
      throws Exception {
    try (ScheduleHarness h = harness()) {
      Webinar la = losAngeles();
      h.start(la);
      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-10-21T00:00:00Z")));
      h.notifier().crashAfterPosting();

      // The process dies with the second occurrence's reminder posted but not confirmed, and is
      // back a minute later.
      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-10-27T15:01:00Z")));

      String second = "2026-10-27T16:00:00Z";
      assertThat(h.ledger().forWebinar("la"))
          .filteredOn(e -> e.key().revision().equals(second))
          .singleElement()
          .satisfies(
              e -> assertThat(e.status()).isEqualTo(webinarbot.delivery.DeliveryStatus.SENDING));

      h.restart();
      h.settle();

      assertThat(reminders(h))
          .containsExactly(
              "reminder-1h la 2026-10-20T09:00-07:00", "reminder-1h la 2026-10-27T09:00-07:00");
      assertThat(h.ledger().forWebinar("la"))
          .filteredOn(e -> e.key().revision().equals(second))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.status()).isEqualTo(webinarbot.delivery.DeliveryStatus.SENT);
                assertThat(e.messageId()).contains(h.channel.messages().get(1).id());
              });
    }
  }

  @Test
  void aSubscriberOfASeriesGetsADirectMessageBeforeEachOccurrenceAndAnEditMovesTheOnesToCome()
      throws Exception {
    try (ScheduleHarness h = harness()) {
      h.start(
          pages("17:00 - 18:00 Europe/Berlin", "09:00 - 10:00 America/Los_Angeles")
              .toArray(Webinar[]::new));
      h.subscriptions().subscribe(ADA, "berlin");
      h.subscriptions().subscribe(ADA, "la");
      h.scheduler().planNewSubscriptions();

      // 15 minutes before each occurrence at its local time: 16:45 in Berlin is 14:45 UTC before
      // 25 October and 15:45 UTC after; 08:45 in Los Angeles is 15:45 UTC, then 16:45 UTC.
      assertThat(personalTimes(h, "berlin"))
          .containsExactly("2026-10-20T14:45:00Z", "2026-11-03T15:45:00Z", "2026-11-10T15:45:00Z");
      assertThat(personalTimes(h, "la"))
          .containsExactly(
              "2026-10-20T15:45:00Z",
              "2026-10-27T15:45:00Z",
              "2026-11-03T16:45:00Z",
              "2026-11-10T16:45:00Z");

      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-10-28T00:00:00Z")));
      assertThat(directMessages(h))
          .containsExactly(
              "personal berlin 2026-10-20T17:00+02:00",
              "personal la 2026-10-20T09:00-07:00",
              "personal la 2026-10-27T09:00-07:00");

      h.reload(
          pages("18:30 - 19:30 Europe/Berlin", "09:00 - 10:00 America/Los_Angeles")
              .toArray(Webinar[]::new));
      assertThat(personalTimes(h, "berlin"))
          .containsExactly("2026-11-03T17:15:00Z", "2026-11-10T17:15:00Z");
      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-11-11T00:00:00Z")));
      h.restart();
      h.settle();

      assertThat(directMessages(h))
          .containsExactly(
              "personal berlin 2026-10-20T17:00+02:00",
              "personal la 2026-10-20T09:00-07:00",
              "personal la 2026-10-27T09:00-07:00",
              "personal la 2026-11-03T09:00-08:00",
              "personal berlin 2026-11-03T18:30+01:00",
              "personal la 2026-11-10T09:00-08:00",
              "personal berlin 2026-11-10T18:30+01:00");
      // Each occurrence's message is its own row in the ledger, keyed by its start.
      assertThat(h.ledger().forWebinar("la"))
          .filteredOn(e -> e.key().kind().equals(PostKind.PERSONAL))
          .extracting(e -> e.key().revision())
          .containsExactlyInAnyOrder(
              "2026-10-20T16:00:00Z",
              "2026-10-27T16:00:00Z",
              "2026-11-03T17:00:00Z",
              "2026-11-10T17:00:00Z");
    }
  }

  @Test
  void anOccurrencesDirectMessagePostedWhenTheBotDiesIsRecordedOnRestartNotRepeated()
      throws Exception {
    try (ScheduleHarness h = harness()) {
      Webinar la = losAngeles();
      h.start(la);
      h.subscriptions().subscribe(ADA, "la");
      h.scheduler().planNewSubscriptions();
      h.advance(Duration.between(h.clock.instant(), Instant.parse("2026-10-27T15:44:00Z")));
      h.notifier().crashAfterPosting();

      // The second occurrence's message is posted, then the process dies before confirming it.
      h.advance(Duration.ofMinutes(1));
      assertThat(h.ledger().forWebinar("la"))
          .filteredOn(e -> e.key().kind().equals(PostKind.PERSONAL))
          .filteredOn(e -> e.key().revision().equals("2026-10-27T16:00:00Z"))
          .singleElement()
          .satisfies(
              e -> assertThat(e.status()).isEqualTo(webinarbot.delivery.DeliveryStatus.SENDING));
      h.restart();
      h.settle();
      h.advance(Duration.ofMinutes(30));

      assertThat(directMessages(h))
          .containsExactly(
              "personal la 2026-10-20T09:00-07:00", "personal la 2026-10-27T09:00-07:00");
      assertThat(h.ledger().forWebinar("la"))
          .filteredOn(e -> e.key().kind().equals(PostKind.PERSONAL))
          .filteredOn(e -> e.key().revision().equals("2026-10-27T16:00:00Z"))
          .singleElement()
          .satisfies(
              e -> assertThat(e.status()).isEqualTo(webinarbot.delivery.DeliveryStatus.SENT));
    }
  }

  private static final Subscriber ADA = new Subscriber("slack", "U1");

  private static List<String> personalTimes(ScheduleHarness h, String id) throws Exception {
    return h.scheduler().planned(id).stream()
        .filter(p -> p.kind().equals(PostKind.PERSONAL))
        .map(p -> p.at().toString())
        .toList();
  }

  private static List<String> directMessages(ScheduleHarness h) {
    return h.channel.messages().stream()
        .filter(m -> Subscriber.userOf(m.target()).isPresent())
        .map(SeriesSchedulingTest::line)
        .toList();
  }
}
