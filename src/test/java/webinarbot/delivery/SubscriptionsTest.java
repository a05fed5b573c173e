package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.LogCapture;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/** Who wants a personal reminder, on H2 and on a real PostgreSQL. */
class SubscriptionsTest {
  private static final Subscriber ADA = new Subscriber("slack", "U1");
  private static final Subscriber ADA_ON_DISCORD = new Subscriber("discord", "1");
  private static final Subscriber GRACE = new Subscriber("slack", "U2");
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();
  private final Webinar later = TestWebinars.timed("later", "2026-07-10T17:00", "UTC").build();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTwoClicksOfOnePerson_whenSubscribed_thenTheyAreOnTheListOnce(TestDatabases.Kind kind) {
    try (DeliveryHarness h = harness(kind)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);

      boolean first = s.subscribe(ADA, "talk");
      boolean second = s.subscribe(ADA, "talk");
      s.subscribe(ADA_ON_DISCORD, "talk");
      h.clock.advance(Duration.ofMinutes(1));
      s.subscribe(GRACE, "talk");

      assertThat(first).isTrue();
      assertThat(second).isFalse();
      assertThat(s.count("talk")).isEqualTo(3);
      assertThat(s.subscribers("talk")).containsExactly(ADA_ON_DISCORD, ADA, GRACE);
      assertThat(s.isSubscribed(ADA, "talk")).isTrue();
      assertThat(s.isSubscribed(ADA, "later")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenSubscriptionsToTwoTalks_whenOneIsForgotten_thenOnlyTheOtherStays(
      TestDatabases.Kind kind) {
    try (DeliveryHarness h = harness(kind)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      s.subscribe(ADA, "talk");
      h.clock.advance(Duration.ofMinutes(1));
      s.subscribe(ADA, "later");

      assertThat(s.of(ADA)).containsExactly("talk", "later");
      assertThat(s.unsubscribe(ADA, "talk")).isTrue();
      assertThat(s.unsubscribe(ADA, "talk")).isFalse();
      assertThat(s.of(ADA)).containsExactly("later");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenAPersonOnTwoPlatforms_whenTheyForgetMeOnOne_thenOnlyThatPlatformsRowsGo(
      TestDatabases.Kind kind) {
    try (DeliveryHarness h = harness(kind)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      s.subscribe(ADA, "talk");
      s.subscribe(ADA, "later");
      s.subscribe(ADA_ON_DISCORD, "talk");

      int deleted = s.forget(ADA);

      assertThat(deleted).isEqualTo(2);
      assertThat(s.of(ADA)).isEmpty();
      assertThat(s.of(ADA_ON_DISCORD)).containsExactly("talk");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenATalkThatEnded_whenSevenDaysHavePassed_thenItsSubscriptionsAreDeleted(
      TestDatabases.Kind kind) {
    try (DeliveryHarness h = harness(kind)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      s.subscribe(ADA, "talk");
      s.subscribe(GRACE, "later");
      Catalogue catalogue = new Catalogue(List.of(talk, later));

      h.clock.set(talk.time().effectiveEnd().plus(Duration.ofDays(7)).minusSeconds(1));
      int early = s.expire(() -> catalogue);
      h.clock.advance(Duration.ofSeconds(1));
      int due = s.expire(() -> catalogue);

      assertThat(early).isZero();
      assertThat(due).isEqualTo(1);
      assertThat(s.webinars()).containsExactly("later");
    }
  }

  @org.junit.jupiter.api.Test
  void givenASeries_whenItsFirstOccurrenceEndedAWeekAgo_thenItsSubscriptionsStayUntilItsLastIsOver(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path pages) {
    try (DeliveryHarness h = harness(TestDatabases.Kind.H2)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      Webinar weekly =
          TestWebinars.series(
              pages, "weekly", "2026-06-02", "17:00 - 18:00 UTC", "FREQ=WEEKLY;COUNT=3");
      s.subscribe(ADA, "weekly");
      Catalogue catalogue = new Catalogue(List.of(weekly));

      h.clock.set(java.time.Instant.parse("2026-06-15T00:00:00Z"));
      int midSeries = s.expire(() -> catalogue);
      h.clock.set(java.time.Instant.parse("2026-06-23T18:00:00Z"));
      int afterTheLast = s.expire(() -> catalogue);

      assertThat(midSeries).isZero();
      assertThat(afterTheLast).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenATalkRemovedFromTheSite_whenItWasAskedForAWeekAgo_thenItsSubscriptionsGo(
      TestDatabases.Kind kind) {
    try (DeliveryHarness h = harness(kind)) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      s.subscribe(ADA, "removed");
      Catalogue catalogue = new Catalogue(List.of(talk));

      h.clock.advance(Duration.ofDays(6));
      int early = s.expire(() -> catalogue);
      h.clock.advance(Duration.ofDays(1));
      int due = s.expire(() -> catalogue);

      assertThat(early).isZero();
      assertThat(due).isEqualTo(1);
      assertThat(s.webinars()).isEmpty();
    }
  }

  private static DeliveryHarness harness(TestDatabases.Kind kind) {
    return new DeliveryHarness(kind.fresh(), MutableClock.at("2026-06-01T00:00:00Z"));
  }

  @Test
  void givenSomeoneListening_thenEveryRealChangeIsHeardOnceAndNoOpsAreNot() throws Exception {
    try (DeliveryHarness h = DeliveryHarness.onH2("2026-06-01T00:00:00Z")) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      List<String> heard = new ArrayList<>();
      AutoCloseable listening = s.onChange(heard::add);

      s.subscribe(ADA, "talk");
      s.subscribe(ADA, "talk");
      s.subscribe(ADA, "later");
      s.unsubscribe(GRACE, "talk");
      s.unsubscribe(ADA, "later");
      s.forget(ADA);
      s.forget(ADA);
      listening.close();
      s.subscribe(GRACE, "talk");

      assertThat(heard).containsExactly("talk", "later", "later", "talk");
      assertThat(s.subscribers("talk")).containsExactly(GRACE);
    }
  }

  @Test
  void givenAListenerThatFails_thenTheSubscriptionIsStillMadeAndTheFailureLogged()
      throws Exception {
    try (DeliveryHarness h = DeliveryHarness.onH2("2026-06-01T00:00:00Z");
        LogCapture log = new LogCapture()) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      var unused =
          s.onChange(
              id -> {
                throw new IllegalStateException("count unavailable");
              });

      assertThat(s.subscribe(ADA, "talk")).isTrue();

      assertThat(s.isSubscribed(ADA, "talk")).isTrue();
      assertThat(log.text())
          .contains("after a change of talk's subscribers")
          .contains("count unavailable");
    }
  }

  @Test
  void givenSubscriptionsToSeveralTalks_thenThePlanSeesEachTalksAudienceAndTheNewOnes() {
    try (DeliveryHarness h = DeliveryHarness.onH2("2026-06-01T00:00:00Z")) {
      Subscriptions s = new Subscriptions(h.database().dataSource(), h.clock);
      s.subscribe(ADA, "talk");
      s.subscribe(GRACE, "later");
      Instant since = h.clock.instant().plusSeconds(30);
      h.clock.advance(Duration.ofMinutes(1));
      s.subscribe(ADA_ON_DISCORD, "talk");
      s.subscribe(ADA, "third");

      assertThat(s.audience())
          .isEqualTo(
              Map.of(
                  "talk", List.of(ADA, ADA_ON_DISCORD),
                  "later", List.of(GRACE),
                  "third", List.of(ADA)));
      assertThat(s.subscribedSince(since)).containsExactlyInAnyOrder("talk", "third");
      assertThat(s.subscribedSince(h.clock.instant())).containsExactlyInAnyOrder("talk", "third");
      assertThat(s.subscribedSince(h.clock.instant().plusMillis(1))).isEmpty();
    }
  }
}
