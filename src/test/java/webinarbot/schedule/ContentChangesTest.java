package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * Edits, moves, removals and cancellations of an announced talk, as a maintainer makes them, and
 * exactly what the channel sees: notices, edits in place, and what stays pending.
 */
class ContentChangesTest {
  // Within the plan's horizon: the timer holds its reminders from the start.
  private final Instant start = ScheduleHarness.NOW.plus(Duration.ofHours(36));
  private final ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2);
  private final Webinar talk = page().build();

  private TestWebinars.Builder page() {
    return TestWebinars.startingAt("talk", start).title("Fast packets");
  }

  /** Found a day and a half ahead, the talk gets a catch-up announcement at once. */
  @BeforeEach
  void announce() {
    h.start(talk);
    expectPosts(1);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** Fires what is due and lets the lanes post it; then the channel has exactly {@code n}. */
  private void expectPosts(int n) {
    h.runDue();
    assertThat(kinds()).hasSize(n);
  }

  private void expectEdits(int n) {
    h.runDue();
    assertThat(h.channel.edits()).hasSize(n);
  }

  private List<String> kinds() {
    return h.channel.messages().stream().map(m -> m.post().kind().code()).toList();
  }

  private Post.About last() {
    List<RecordingNotifier.Message> all = h.channel.messages();
    return (Post.About) all.get(all.size() - 1).post();
  }

  private List<String> pending() throws Exception {
    return h.scheduler().pending("talk").stream()
        .map(p -> p.kind() + " " + Duration.between(p.at(), start))
        .toList();
  }

  @Test
  void givenAnAnnouncedTalk_whenItsTitleChanges_thenOneUpdateNoticeAndTheAnnouncementIsEdited()
      throws Exception {
    h.reload(page().title("Faster packets").build());

    expectPosts(2);
    expectEdits(1);
    assertThat(kinds()).containsExactly("announcement", "update");
    assertThat(last().changes())
        .containsExactly(new Change("title", "Fast packets", "Faster packets"));
    RecordingNotifier.Edit edit = h.channel.edits().get(0);
    assertThat(edit.messageId()).isEqualTo(h.channel.messages().get(0).id());
    assertThat(((Post.About) edit.post()).webinar().title()).isEqualTo("Faster packets");
    assertThat(pending()).containsExactly("reminder-1d PT24H", "reminder-1h PT1H", "starting PT0S");
  }

  @Test
  void givenAnAnnouncedTalk_whenItMovesTwoHours_thenRemindersMoveAndOneNoticeNamesBothTimes()
      throws Exception {
    Webinar moved = page().movedBy(Duration.ofHours(2)).build();

    h.reload(moved);

    expectPosts(2);
    expectEdits(1);
    assertThat(kinds()).containsExactly("announcement", "update");
    assertThat(last().changes()).extracting(Change::field).containsExactly("time");
    assertThat(h.scheduler().pending("talk"))
        .extracting(PlannedPost::at)
        .containsExactly(
            moved.time().startInstant().minus(Duration.ofDays(1)),
            moved.time().startInstant().minus(Duration.ofHours(1)),
            moved.time().startInstant());
  }

  @Test
  void givenAnAnnouncedTalk_whenOnlyItsDescriptionIsReworded_thenPostsAreEditedWithoutANotice()
      throws Exception {
    h.reload(page().description("A better description.").build());

    expectEdits(1);
    assertThat(kinds()).containsExactly("announcement");
    assertThat(pending())
        .containsExactlyInAnyOrder("reminder-1d PT24H", "reminder-1h PT1H", "starting PT0S");
  }

  @Test
  void givenAnAnnouncedTalk_whenMarkedCancelled_thenOneCancellationAndNothingStaysPending()
      throws Exception {
    h.reload(page().cancelled().build());

    expectPosts(2);
    expectEdits(1);
    assertThat(kinds()).containsExactly("announcement", "cancellation");
    assertThat(((Post.About) h.channel.edits().get(0).post()).webinar().cancelled()).isTrue();
    assertThat(pending()).isEmpty();
  }

  @Test
  void givenACancelledTalk_whenItsPageIsThenRemoved_thenThereIsStillOnlyOneCancellation()
      throws Exception {
    h.reload(page().cancelled().build());
    expectPosts(2);

    h.apply(ScheduleHarness.loadInSite(List.of()));

    expectPosts(2);
    assertThat(kinds()).containsExactly("announcement", "cancellation");
    assertThat(pending()).isEmpty();
  }

  @Test
  void givenAnAnnouncedTalk_whenItsPageIsRemoved_thenACancellationGoesWhereItWasAnnounced()
      throws Exception {
    h.apply(ScheduleHarness.loadInSite(List.of()));

    expectPosts(2);
    assertThat(kinds()).containsExactly("announcement", "cancellation");
    assertThat(last().webinar().title()).isEqualTo("Fast packets");
    assertThat(pending()).isEmpty();
  }

  @Test
  void givenATalkNeverAnnounced_whenRemoved_thenNothingIsPostedAboutIt() throws Exception {
    Webinar later = TestWebinars.startingAt("later", start.plus(Duration.ofHours(6))).build();
    h.reload(talk, later);
    assertThat(h.scheduler().pending("later")).hasSize(4);

    h.reload(talk);

    expectPosts(1);
    assertThat(h.scheduler().pending("later")).isEmpty();
  }

  @Test
  void givenATalkThatHappened_whenSlidesAndThenAVideoAppear_thenExactlyOneFollowUp() {
    h.advance(Duration.ofDays(3).plusHours(2));
    expectPosts(4);

    h.reload(page().slidesPdf("https://fd.io/slides.pdf").build());
    expectPosts(5);
    h.reload(page().slidesPdf("https://fd.io/slides.pdf").video("https://youtu.be/x").build());

    // Both edits reach the announcement and the three reminders.
    expectEdits(8);
    assertThat(kinds())
        .containsExactly("announcement", "reminder-1d", "reminder-1h", "starting", "followup");
  }

  @Test
  void givenATalkThatHappened_whenASlidesPageAppears_thenOneFollowUp() {
    h.advance(Duration.ofDays(3).plusHours(2));
    expectPosts(4);

    h.reload(page().slides("https://fd.io/slides/").build());

    expectPosts(5);
    assertThat(last().kind().code()).isEqualTo("followup");
  }

  @Test
  void givenATalkThatHappened_whenOnlyItsTitleChanges_thenItsPostsAreEditedWithoutAFollowUp() {
    h.advance(Duration.ofDays(3).plusHours(2));
    expectPosts(4);

    h.reload(page().title("Faster packets").build());

    expectEdits(4);
    expectPosts(4);
  }

  @Test
  void givenATalkThatHappenedWithItsVideo_whenTheVideoLinkChanges_thenNoSecondFollowUp() {
    h.advance(Duration.ofDays(3).plusHours(2));
    h.reload(page().video("https://youtu.be/x").build());
    expectPosts(5);

    h.reload(page().video("https://youtu.be/y").build());

    expectPosts(5);
    assertThat(kinds()).containsOnlyOnce("followup");
  }

  @Test
  void givenAnAnnouncedTalk_whenItsSpeakersChange_thenTheNoticeNamesThemBeforeAndAfter() {
    h.reload(page().speakers("Ada Lovelace", "Grace Hopper").build());
    expectPosts(2);
    assertThat(last().changes())
        .containsExactly(new Change("speakers", "Ada Lovelace", "Ada Lovelace, Grace Hopper"));

    h.reload(page().speakers().build());

    expectPosts(3);
    assertThat(last().changes())
        .containsExactly(new Change("speakers", "Ada Lovelace, Grace Hopper", "none"));
  }

  @Test
  void givenACancelledTalk_whenItIsOnAgain_thenTheNoticeSaysItIsGoingAhead() {
    h.reload(page().cancelled().build());
    expectPosts(2);

    h.reload(talk);

    expectPosts(3);
    assertThat(last().kind().code()).isEqualTo("update");
    assertThat(last().changes()).containsExactly(new Change("status", "cancelled", "going ahead"));
  }

  @Test
  void givenATalkStillAhead_whenSlidesAppear_thenItIsAnUpdateNoticeNotAFollowUp() {
    h.reload(page().slidesPdf("https://fd.io/slides.pdf").build());

    expectPosts(2);
    assertThat(kinds()).containsExactly("announcement", "update");
    assertThat(last().changes())
        .containsExactly(new Change("slides pdf link", "none", "https://fd.io/slides.pdf"));
  }

  @Test
  void givenAnAnnouncedTalk_whenItsPageTurnsInvalid_thenItsLastGoodVersionStays() throws Exception {
    try (LogCapture log = new LogCapture()) {
      h.apply(ScheduleHarness.loadWithBrokenPage(talk, List.of()));

      assertThat(log.text()).contains("has errors; keeping its last good version");
    }
    expectPosts(1);
    assertThat(h.scheduler().catalogue().get().find("talk")).contains(talk);
    assertThat(pending()).hasSize(3);
  }

  @Test
  void givenTheTitleChangedWhileTheBotWasDown_whenItStarts_thenTheUpdateNoticeGoesOutOnce() {
    h.stop();

    h.start(page().title("Faster packets").build());
    expectPosts(2);
    h.restart();

    expectPosts(2);
    assertThat(kinds()).containsExactly("announcement", "update");
  }

  @Test
  void
      givenTheBotWasDownUntilTwentyMinutesBeforeTheStart_whenThePageIsEdited_thenMissedRemindersAreRecordedSkipped()
          throws Exception {
    h.clock.set(start.minus(Duration.ofMinutes(20)));

    try (LogCapture log = new LogCapture()) {
      h.reload(page().title("Faster packets").build());
    }

    // The hour-before reminder was due 40 minutes ago, past the 30 minutes of grace.
    assertThat(h.ledger().forWebinar("talk"))
        .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(webinarbot.delivery.DeliveryStatus.SKIPPED);
              assertThat(e.detail()).hasValue("missed by 40m, more than the grace of 30m");
            });
  }
}
