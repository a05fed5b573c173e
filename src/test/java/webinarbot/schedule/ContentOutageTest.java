package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * Issue 10, item 2: a content folder that is missing, empty, or loses most of its upcoming talks at
 * once is an outage, not a mass cancellation. The last good catalogue stays, nothing is posted, and
 * the bot says so; a single page removed from a site that is still there is still a cancellation.
 */
class ContentOutageTest {
  // Within the plan's horizon: the timer holds their reminders from the start.
  private final Instant start = ScheduleHarness.NOW.plus(Duration.ofHours(36));
  private final ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2);
  private final Webinar a = talk("a");
  private final Webinar b = talk("b");
  private final Webinar c = talk("c");
  private final Webinar d = talk("d");

  private Webinar talk(String id) {
    return TestWebinars.startingAt(id, start).title("Talk " + id).build();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void givenFourAnnouncedTalks_whenThreeVanishAtOnce_thenNothingIsPostedUntilTheContentIsBack()
      throws Exception {
    h.start(a, b, c, d);
    h.runDue();
    assertThat(h.channel.messages()).hasSize(4);

    try (LogCapture log = new LogCapture()) {
      h.apply(ScheduleHarness.loadInSite(List.of(a)));

      assertThat(h.scheduler().contentOutage())
          .contains("3 of the 4 upcoming webinars vanished at once");
      assertThat(h.scheduler().catalogue().get().size()).isEqualTo(4);
      assertThat(h.scheduler().pending("b")).isNotEmpty();
      assertThat(log.text()).contains("content outage: 3 of the 4 upcoming webinars vanished");
    }
    h.apply(ScheduleHarness.loadInSite(List.of(a, b, c, d)));
    assertThat(h.scheduler().contentOutage()).isEmpty();
    h.runDue();
    assertThat(h.channel.messages()).hasSize(4);

    h.apply(ScheduleHarness.loadInSite(List.of(a, b, c)));

    h.runDue();
    assertThat(h.channel.messages()).hasSize(5);
    Post.About last = (Post.About) h.channel.messages().get(4).post();
    assertThat(last.kind().code()).isEqualTo("cancellation");
    assertThat(last.webinar().id()).isEqualTo("d");
  }

  @Test
  void givenAnnouncedTalks_whenTheBotStartsOnAnEmptyFolder_thenItKeepsThemAndPostsNothing() {
    h.start(a, b);
    h.runDue();
    assertThat(h.channel.messages()).hasSize(2);
    h.stop();

    try (LogCapture log = new LogCapture()) {
      h.start();

      assertThat(h.scheduler().contentOutage()).contains("the content folder holds no pages");
      assertThat(h.scheduler().catalogue().get().find("a")).isPresent();
      assertThat(h.scheduler().catalogue().get().find("b")).isPresent();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    h.runDue();
    assertThat(h.channel.messages()).hasSize(2);
  }

  @Test
  void givenAMissingFolder_whenReloaded_thenItIsAnOutageEvenWithRemovalsAccepted() {
    ContentOutage accepting = new ContentOutage(ContentOutage.Removals.ACCEPTED);
    Diagnostic missing =
        new Diagnostic(
            "content", 0, 0, Diagnostic.Severity.ERROR, "content.dir", "content folder not found");
    List<KnownWebinars.Known> known = known(a, b, c);

    assertThat(
            accepting.check(
                new LoadResult(Catalogue.empty(), List.of(missing), 0),
                Catalogue.empty(),
                known,
                ScheduleHarness.NOW))
        .contains("content folder content is missing");
    assertThat(
            accepting.check(
                ScheduleHarness.loadInSite(List.of(a)),
                new Catalogue(List.of(a)),
                known,
                ScheduleHarness.NOW))
        .isEmpty();
  }

  @Test
  void givenTalksThatAreOver_whenTheirPagesAreRemovedAtOnce_thenThatIsNoOutage() {
    ContentOutage guarded = new ContentOutage(ContentOutage.Removals.GUARDED);
    Instant later = start.plus(Duration.ofDays(2));
    Webinar next = TestWebinars.startingAt("next", later.plus(Duration.ofDays(7))).build();

    assertThat(
            guarded.check(
                ScheduleHarness.loadInSite(List.of(next)),
                new Catalogue(List.of(next)),
                known(a, b, c, next),
                later))
        .isEmpty();
  }

  private static List<KnownWebinars.Known> known(Webinar... webinars) {
    return java.util.Arrays.stream(webinars)
        .map(w -> new KnownWebinars.Known(w, Instant.EPOCH, Optional.empty()))
        .toList();
  }
}
