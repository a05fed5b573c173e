package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Revisions;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.MutableClock;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * A replica whose copy of the content lags behind (its git pull has not run yet) fires a reminder
 * another replica planned for a page it has not read: in a cluster it posts from the page as the
 * other replica recorded it, instead of dropping the reminder.
 */
class LaggingReplicaTest {
  private static final Instant NOW = Instant.parse("2026-06-10T16:00:01Z");
  private final Webinar talk =
      TestWebinars.startingAt("talk", Instant.parse("2026-06-10T17:00:00Z")).build();

  @ParameterizedTest(name = "clustered: {0}")
  @ValueSource(booleans = {true, false})
  void givenAPageOnlyAnotherReplicaHasRead_whenItsReminderFiresHere_thenItIsPostedInACluster(
      boolean clustered) {
    MutableClock clock = new MutableClock(NOW);
    try (DeliveryHarness h = new DeliveryHarness(TestDatabases.h2(), clock)) {
      RecordingNotifier slack = new RecordingNotifier("slack", "C1");
      DeliveryService delivery = h.service(slack);
      KnownWebinars mine = KnownWebinars.load(h.database().dataSource());
      // The other replica read the page a month ago and planned its reminders.
      KnownWebinars.load(h.database().dataSource())
          .remember(List.of(talk), NOW.minus(Duration.ofDays(30)));
      PostFiring firing =
          new PostFiring(
              new LiveCatalogue(),
              mine,
              new ReminderPlanner(TestSettings.schedule()),
              delivery,
              new SubscriberAudience(
                  new webinarbot.delivery.Subscriptions(h.database().dataSource(), clock),
                  delivery,
                  clock),
              clock,
              clustered);
      PostKind kind = PostKind.reminder(Duration.ofHours(1));

      firing.fire(
          new PendingPost(
              "talk",
              kind.code(),
              Revisions.of(kind, talk),
              Instant.parse("2026-06-10T16:00:00Z")));

      if (clustered) {
        await().atMost(Duration.ofSeconds(5)).until(() -> slack.messages().size() == 1);
        assertThat(slack.messages().get(0).post().kind()).isEqualTo(kind);
      } else {
        assertThat(h.ledger().forWebinar("talk")).isEmpty();
        assertThat(slack.messages()).isEmpty();
      }
    }
  }
}
