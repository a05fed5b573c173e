package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
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

  private InterestEdits edits(DeliveryService delivery) {
    return new InterestEdits(
        delivery,
        harness.database().dataSource(),
        catalogue::get,
        new PeopleInterested(subscriptions, id -> Set.of()),
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
  void givenTwoReplicas_whenBothHearOfTheSameChange_thenTheMessageIsEditedOnce() {
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
}
