package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Revisions;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * What a due post does when it fires, on one replica: posts once, is skipped past its deadline,
 * takes along what else came due meanwhile, and does nothing for a page that moved.
 */
class PostFiringTest {
  private static final Instant START = Instant.parse("2026-06-10T17:00:00Z");
  private static final PostKind HOUR_BEFORE = PostKind.reminder(Duration.ofHours(1));
  private static final PostKind STARTING = PostKind.reminder(Duration.ZERO);

  private final Webinar talk = TestWebinars.startingAt("talk", START).build();
  private final DeliveryHarness h = DeliveryHarness.onH2("2026-06-10T16:00:01Z");
  private final RecordingNotifier slack = new RecordingNotifier("slack", "C1");
  private final LiveCatalogue catalogue = new LiveCatalogue();
  private final PostFiring firing;

  PostFiringTest() {
    KnownWebinars known = KnownWebinars.load(h.database().dataSource());
    known.remember(List.of(talk), START.minus(Duration.ofDays(30)));
    catalogue.set(new Catalogue(List.of(talk)));
    DeliveryService delivery = h.service(slack);
    firing =
        new PostFiring(
            catalogue,
            known,
            new ReminderPlanner(TestSettings.schedule()),
            delivery,
            new SubscriberAudience(
                new webinarbot.delivery.Subscriptions(h.database().dataSource(), h.clock),
                delivery,
                h.clock),
            h.clock,
            false);
  }

  @AfterEach
  void close() {
    h.close();
  }

  private static PendingPost pending(PostKind kind, Webinar w) {
    return new PendingPost(w.id(), kind.code(), Revisions.of(kind, w), START.minus(kind.lead()));
  }

  private List<LedgerEntry> ledger(PostKind kind) {
    return h.ledger().forWebinar("talk").stream().filter(e -> e.key().kind().equals(kind)).toList();
  }

  @Test
  void givenAReminderDue_whenItFires_thenItsFutureCompletesOncePostedAndAgainItPostsNothing()
      throws Exception {
    firing.fire(pending(HOUR_BEFORE, talk)).get(5, TimeUnit.SECONDS);

    assertThat(slack.messages()).extracting(m -> m.post().kind()).containsExactly(HOUR_BEFORE);
    assertThat(ledger(HOUR_BEFORE))
        .extracting(LedgerEntry::status)
        .containsExactly(DeliveryStatus.SENT);

    firing.fire(pending(HOUR_BEFORE, talk)).get(5, TimeUnit.SECONDS);

    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void
      givenAReminderFiredPastItsDeadline_whenItFires_thenItIsSkippedWithTheReasonAndWhatIsDueNowIsPosted()
          throws Exception {
    // Down from 16:00 to the start: the hour-before reminder is past its 30 minutes of grace, the
    // starting-now one is due.
    h.clock.set(START.plusSeconds(5));

    firing.fire(pending(HOUR_BEFORE, talk)).get(5, TimeUnit.SECONDS);

    assertThat(ledger(HOUR_BEFORE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(DeliveryStatus.SKIPPED);
              assertThat(e.detail()).hasValue("missed by 1h, more than the grace of 30m");
            });
    assertThat(slack.messages()).extracting(m -> m.post().kind()).containsExactly(STARTING);
  }

  @Test
  void givenThePageMovedSinceThePostWasPlanned_whenTheOldPostFires_thenNothingIsPosted()
      throws Exception {
    Webinar moved = TestWebinars.startingAt("talk", START.plus(Duration.ofDays(1))).build();
    catalogue.set(new Catalogue(List.of(moved)));

    firing.fire(pending(HOUR_BEFORE, talk)).get(5, TimeUnit.SECONDS);

    assertThat(slack.messages()).isEmpty();
    assertThat(ledger(HOUR_BEFORE)).isEmpty();
  }
}
