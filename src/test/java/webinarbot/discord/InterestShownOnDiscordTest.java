package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static webinarbot.testing.discord.Interactions.button;
import static webinarbot.testing.discord.Interactions.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.InterestEdits;
import webinarbot.delivery.PeopleInterested;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * "N people want a reminder" on a Discord announcement, under a real JDA against the stand-in: a
 * "Remind me" click through the gateway and the people marked "Interested" on the talk's scheduled
 * event ({@code GET …/scheduled-events/{id}/users}) both count, once per person, and the message is
 * edited in place ({@code PATCH}) at most once a minute by the test clock.
 */
class InterestShownOnDiscordTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final String ADA = "1700000000000000042";
  private static final String BOB = "1700000000000000043";
  private static final String CY = "1700000000000000044";
  private static final String MESSAGE_EDIT = "channels/\\d+/messages/\\d+";

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final Webinar talk =
      WebinarFixtures.sample("vpp_in_home_lab", now.plus(Duration.ofDays(5)));
  private DeliveryHarness harness;
  private DeliveryService delivery;
  private InterestEdits edits;
  private AutoCloseable listening;
  private ObjectNode posted;

  @BeforeEach
  void announce() {
    // Discord refuses scheduled events in the past, so this test's clock starts at the real time.
    FIXTURE.clock().set(now);
    FIXTURE.catalogue(talk);
    harness = new DeliveryHarness(TestDatabases.h2(), FIXTURE.clock());
    delivery = harness.service(FIXTURE.module().notifier());
    InterestedMembers interested = FIXTURE.module().interested();
    edits =
        new InterestEdits(
                delivery,
                harness.database().dataSource(),
                FIXTURE::catalogue,
                new PeopleInterested(FIXTURE.subscriptions(), interested::of),
                FIXTURE.clock())
            .alsoAsking(interested::refresh, InterestEdits.AT_MOST_EVERY);
    listening = FIXTURE.subscriptions().onChange(edits::changed);
    delivery
        .deliver(
            Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), now),
            List.of(new webinarbot.delivery.Target("discord", DiscordWorld.ANNOUNCEMENTS)),
            DeliveryService.Claim.ONCE)
        .values()
        .forEach(f -> f.join());
    List<ObjectNode> messages = FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS);
    posted = messages.get(messages.size() - 1);
  }

  @AfterEach
  void stop() throws Exception {
    listening.close();
    harness.close();
  }

  @Test
  void givenAnAnnouncement_whenAMemberClicksRemindMe_thenTheMessageIsEditedToSayOne() {
    assertThat(posted.path("content").asText()).doesNotContain("wants a reminder");

    click(ADA);

    JsonNode edit = awaitEdits(1).get(0).body();
    assertThat(edit.path("content").asText()).endsWith("\n🔔 1 person wants a reminder");
    assertThat(edit.toString()).contains("remind-me:" + talk.id());
  }

  @Test
  void givenAnEditThisMinute_whenMoreClick_thenTheNextEditWaitsForTheMinuteAndShowsAll() {
    click(ADA);
    awaitEdits(1);
    click(BOB);
    click(CY);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> FIXTURE.subscriptions().count(talk.id()) == 3);
    FIXTURE.clock().advance(Duration.ofSeconds(30));
    edits.due();
    delivery.drained().join();
    assertThat(edits()).hasSize(1);

    FIXTURE.clock().advance(Duration.ofSeconds(30));
    edits.due();

    assertThat(awaitEdits(2).get(1).body().path("content").asText())
        .endsWith("\n🔔 3 people want a reminder");
  }

  @Test
  void givenPeopleInterestedInTheScheduledEvent_whenRead_thenTheyCountOnceBesideThoseWhoClicked() {
    FIXTURE.module().scheduledEvents().sync(new Catalogue(List.of(talk)), now);
    String event = FIXTURE.discord().scheduledEvents().get(0).path("id").asText();
    click(ADA);
    awaitEdits(1);
    FIXTURE.discord().markInterested(event, ADA, BOB);

    FIXTURE.clock().advance(InterestEdits.AT_MOST_EVERY);
    edits.due();

    assertThat(FIXTURE.discord().requests("GET", "guilds/\\d+/scheduled-events/\\d+/users"))
        .isNotEmpty();
    assertThat(awaitEdits(2).get(1).body().path("content").asText())
        .as("Ada clicked and is interested: one person")
        .endsWith("\n🔔 2 people want a reminder");
  }

  @Test
  void givenMoreInterestedThanOnePage_whenRead_thenEveryPageCounts() {
    FIXTURE.module().scheduledEvents().sync(new Catalogue(List.of(talk)), now);
    String event = FIXTURE.discord().scheduledEvents().get(0).path("id").asText();
    String[] people = new String[150];
    for (int i = 0; i < people.length; i++) {
      people[i] = Long.toString(1_800_000_000_000_000_000L + i);
    }
    FIXTURE.discord().markInterested(event, people);

    edits.due();

    assertThat(awaitEdits(1).get(0).body().path("content").asText())
        .endsWith("\n🔔 150 people want a reminder");
    assertThat(FIXTURE.discord().requests("GET", "guilds/\\d+/scheduled-events/\\d+/users"))
        .hasSize(2);
  }

  private void click(String user) {
    String customId = "remind-me:" + talk.id();
    FIXTURE.discord().exchange(button(customId, posted, member(user)));
  }

  private List<RecordedRequest> edits() {
    return FIXTURE.discord().requests("PATCH", MESSAGE_EDIT);
  }

  private List<RecordedRequest> awaitEdits(int n) {
    return await().atMost(Duration.ofSeconds(10)).until(this::edits, e -> e.size() >= n);
  }
}
