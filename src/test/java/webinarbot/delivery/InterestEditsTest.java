package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.WebinarBuilder;

/**
 * The number on announcements between replicas, page edits and talks that are over: one database, a
 * recording notifier, the test clock.
 */
class InterestEditsTest {
  private final DeliveryHarness harness = DeliveryHarness.onH2("2030-03-01T12:00:00Z");
  private final Webinar talk = WebinarBuilder.webinar("vpp").title("VPP at home").build();
  private final AtomicReference<Catalogue> catalogue =
      new AtomicReference<>(new Catalogue(List.of(talk)));
  private final RecordingNotifier.Channel channel = new RecordingNotifier.Channel();
  private final Subscriptions subscriptions =
      new Subscriptions(harness.database().dataSource(), harness.clock);

  @AfterEach
  void close() {
    harness.close();
  }

  private DeliveryService replica() {
    return harness.service(new RecordingNotifier("slack", List.of("C1"), channel));
  }

  /** Discord users marked "Interested" on the talk's scheduled event. */
  private final Set<String> interestedOnDiscord = ConcurrentHashMap.newKeySet();

  private InterestEdits edits(DeliveryService delivery) {
    return new InterestEdits(
        delivery,
        harness.database().dataSource(),
        catalogue::get,
        new PeopleInterested(subscriptions, id -> Set.copyOf(interestedOnDiscord)),
        harness.clock);
  }

  private void announce(DeliveryService delivery) {
    delivery
        .deliver(
            Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), harness.clock.instant()),
            delivery.targets(),
            DeliveryService.Claim.ONCE)
        .values()
        .forEach(f -> f.join());
  }

  private static int interest(RecordingNotifier.Edit e) {
    return ((Post.About) e.post()).interest();
  }

  @Test
  void givenTwoReplicas_whenBothHearOfTheSameChanges_thenTheMessageIsEditedOnceForEach() {
    DeliveryService first = replica();
    DeliveryService second = replica();
    announce(first);
    InterestEdits one = edits(first);
    InterestEdits other = edits(second);

    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    one.changed(talk.id());
    other.changed(talk.id());
    first.drained().join();
    second.drained().join();

    assertThat(channel.edits()).singleElement().satisfies(e -> assertThat(interest(e)).isOne());

    harness.clock.advance(Duration.ofMinutes(2));
    subscriptions.subscribe(new Subscriber("slack", "U2"), talk.id());
    one.changed(talk.id());
    other.changed(talk.id());
    first.drained().join();
    second.drained().join();

    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(1, 2);
    assertThat(one.pending()).isEmpty();
    assertThat(other.pending()).isEmpty();
  }

  @Test
  void givenANumberShown_whenThePageIsEdited_thenTheEditKeepsTheNumber() {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits edits = edits(delivery);
    subscriptions.onChange(edits::changed);
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    subscriptions.subscribe(new Subscriber("slack", "U2"), talk.id());
    delivery.drained().join();
    Webinar edited = WebinarBuilder.webinar("vpp").title("VPP at home, edited").build();
    catalogue.set(new Catalogue(List.of(edited)));

    delivery.editPosted(edited).forEach(f -> f.join());

    List<RecordingNotifier.Edit> all = channel.edits();
    assertThat(all).hasSize(2);
    assertThat(interest(all.get(0))).as("the first click, at once").isOne();
    assertThat(((Post.About) all.get(1).post()).webinar().title()).isEqualTo("VPP at home, edited");
    assertThat(interest(all.get(1))).as("the page edit shows both").isEqualTo(2);
  }

  @Test
  void givenATalkThatIsOver_whenSomeoneIsStillSubscribed_thenItsAnnouncementIsLeftAlone() {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits edits = edits(delivery);
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    harness.clock.advance(Duration.ofDays(10));

    edits.recover();
    delivery.drained().join();

    assertThat(channel.edits()).isEmpty();
    assertThat(edits.pending()).isEmpty();
  }

  @Test
  void givenAMessageEditedThisMinute_whenMoreClicksCome_thenTheyWaitForTheMinuteAndShowTogether() {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits edits = edits(delivery);
    subscriptions.onChange(edits::changed);
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    delivery.drained().join();

    harness.clock.advance(Duration.ofSeconds(20));
    subscriptions.subscribe(new Subscriber("slack", "U2"), talk.id());
    subscriptions.subscribe(new Subscriber("slack", "U3"), talk.id());
    edits.due();
    delivery.drained().join();
    assertThat(channel.edits()).hasSize(1);
    assertThat(edits.pending()).containsExactly(talk.id());

    harness.clock.advance(Duration.ofSeconds(40));
    edits.due();
    delivery.drained().join();

    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(1, 3);
    assertThat(edits.pending()).isEmpty();
  }

  @Test
  void givenPeopleInterestedOnDiscord_thenTheyAreAskedForOncePerPeriodAndCounted() {
    DeliveryService delivery = replica();
    announce(delivery);
    AtomicInteger asked = new AtomicInteger();
    InterestEdits edits =
        edits(delivery)
            .alsoAsking(
                changed -> {
                  asked.incrementAndGet();
                  changed.accept(talk.id());
                },
                Duration.ofMinutes(5));
    interestedOnDiscord.addAll(List.of("111", "222"));

    edits.due();
    harness.clock.advance(Duration.ofMinutes(1));
    edits.due();
    delivery.drained().join();
    assertThat(asked).hasValue(1);
    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(2);

    harness.clock.advance(Duration.ofMinutes(4));
    interestedOnDiscord.add("333");
    edits.due();
    delivery.drained().join();

    assertThat(asked).hasValue(2);
    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(2, 3);
  }

  @Test
  void givenDiscordCannotBeAsked_thenTheFailureIsLoggedAndSubscriptionsStillCount()
      throws Exception {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits edits =
        edits(delivery)
            .alsoAsking(
                changed -> {
                  throw new IllegalStateException("discord is down");
                },
                Duration.ofMinutes(5));
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    edits.changed(talk.id());
    harness.clock.advance(Duration.ofMinutes(2));
    subscriptions.subscribe(new Subscriber("slack", "U2"), talk.id());

    try (LogCapture log = new LogCapture()) {
      edits.changed(talk.id());
      edits.due();
      delivery.drained().join();

      assertThat(log.text())
          .contains("cannot learn who else is interested")
          .contains("discord is down");
    }
    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(1, 2);
  }

  @Test
  void givenSubscriptionsTakenBackWhileTheBotWasDown_whenItStarts_thenTheNumberShownIsCorrected() {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits before = edits(delivery);
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    before.changed(talk.id());
    delivery.drained().join();
    subscriptions.unsubscribe(new Subscriber("slack", "U1"), talk.id());
    harness.clock.advance(Duration.ofMinutes(5));

    DeliveryService restarted = replica();
    edits(restarted).recover();
    restarted.drained().join();

    assertThat(channel.edits()).extracting(InterestEditsTest::interest).containsExactly(1, 0);
  }

  @Test
  void givenTheTimerRunning_whenTheMinuteEnds_thenTheWaitingNumberIsShownWithoutAnotherClick()
      throws Exception {
    DeliveryService delivery = replica();
    announce(delivery);
    InterestEdits edits = edits(delivery);
    subscriptions.subscribe(new Subscriber("slack", "U1"), talk.id());
    edits.changed(talk.id());
    subscriptions.subscribe(new Subscriber("slack", "U2"), talk.id());
    edits.changed(talk.id());
    harness.clock.advance(Duration.ofMinutes(1));

    try (AutoCloseable timer = edits.every(Duration.ofMillis(20))) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(channel.edits())
                      .extracting(InterestEditsTest::interest)
                      .containsExactly(1, 2));
    }
    assertThat(edits.pending()).isEmpty();
  }
}
