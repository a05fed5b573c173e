package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.InterestEdits;
import webinarbot.delivery.PeopleInterested;
import webinarbot.delivery.Post;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackFixtures;

/**
 * "N people want a reminder" on a Slack announcement: signed clicks into the real Jetty endpoint
 * subscribe people, and the posted message is edited in place ({@code chat.update} at the stand-in
 * Slack) at most once a minute by the test clock.
 */
class InterestShownTest {
  private final Webinar talk = SlackFixtures.full();
  private SlackBot bot;
  private DeliveryHarness harness;
  private DeliveryService delivery;
  private InterestEdits edits;
  private String announcementTs;
  private final List<AutoCloseable> listening = new java.util.ArrayList<>();

  @BeforeEach
  void announce() throws Exception {
    bot = new SlackBot(List.of(talk));
    harness = new DeliveryHarness(TestDatabases.h2(), bot.clock);
    delivery = harness.service(bot.module.notifier());
    edits = interestEdits();
    delivery
        .deliver(
            Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), bot.clock.instant()),
            delivery.targets(),
            DeliveryService.Claim.ONCE)
        .values()
        .forEach(f -> f.join());
    announcementTs = bot.slack.messages(SlackBot.CHANNEL).get(0).ts();
  }

  private InterestEdits interestEdits() {
    InterestEdits e =
        new InterestEdits(
            delivery,
            harness.database().dataSource(),
            bot.catalogue::get,
            new PeopleInterested(bot.subscriptions, id -> Set.of()),
            bot.clock);
    listening.add(bot.subscriptions.onChange(e::changed));
    return e;
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable l : listening) {
      l.close();
    }
    harness.close();
    bot.close();
  }

  @Test
  void givenAnAnnouncement_whenSomeoneClicksRemindMe_thenItIsEditedToSayOnePersonWantsAReminder()
      throws Exception {
    assertThat(bot.slack.messages(SlackBot.CHANNEL).get(0).blocks())
        .doesNotContain("want a reminder")
        .doesNotContain("wants a reminder");

    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());

    List<SlackApiStandIn.Call> updates = awaitUpdates(1);
    assertThat(updates.get(0).params())
        .containsEntry("channel", SlackBot.CHANNEL)
        .containsEntry("ts", announcementTs);
    assertThat(updates.get(0).params().get("blocks"))
        .contains(":bell: 1 person wants a reminder")
        .contains("Remind me");
  }

  @Test
  void givenAnEditThisMinute_whenMorePeopleClick_thenOneEditAtTheEndOfTheMinuteShowsThemAll()
      throws Exception {
    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());
    awaitUpdates(1);

    for (String user : List.of("U0BOB", "U0CY", "U0DEE")) {
      bot.click(user, BlockKit.REMIND_ACTION, talk.id());
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> bot.subscriptions.count(talk.id()) == 4);
    bot.clock.advance(Duration.ofSeconds(59));
    edits.due();
    delivery.drained().join();

    assertThat(bot.slack.calls("chat.update")).hasSize(1);
    assertThat(edits.pending()).containsExactly(talk.id());

    bot.clock.advance(Duration.ofSeconds(1));
    edits.due();

    List<SlackApiStandIn.Call> updates = awaitUpdates(2);
    assertThat(updates.get(1).params().get("blocks")).contains(":bell: 4 people want a reminder");
    edits.due();
    delivery.drained().join();
    assertThat(bot.slack.calls("chat.update")).hasSize(2);
    assertThat(edits.pending()).isEmpty();
  }

  @Test
  void givenAChangeWaitingForItsMinute_whenTheBotRestarts_thenTheLatestNumberIsShownFromTheTable()
      throws Exception {
    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());
    awaitUpdates(1);
    bot.click("U0BOB", BlockKit.REMIND_ACTION, talk.id());
    await().atMost(Duration.ofSeconds(10)).until(() -> bot.subscriptions.count(talk.id()) == 2);

    InterestEdits afterRestart = interestEdits();
    afterRestart.recover();
    delivery.drained().join();
    assertThat(bot.slack.calls("chat.update")).as("still within the minute").hasSize(1);
    bot.clock.advance(InterestEdits.AT_MOST_EVERY);
    afterRestart.due();

    assertThat(awaitUpdates(2).get(1).params().get("blocks"))
        .contains(":bell: 2 people want a reminder");
  }

  @Test
  void givenTheOnlySubscriberCancels_whenTheMinuteIsOver_thenTheLineIsGone() throws Exception {
    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());
    awaitUpdates(1);
    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());
    await().atMost(Duration.ofSeconds(10)).until(() -> bot.subscriptions.count(talk.id()) == 0);

    bot.clock.advance(InterestEdits.AT_MOST_EVERY);
    edits.due();

    assertThat(awaitUpdates(2).get(1).params().get("blocks"))
        .doesNotContain("wants a reminder")
        .contains("Remind me");
  }

  @Test
  void
      givenAnAnnouncementAndAReminder_whenPeopleClickRemindMe_thenOnlyTheAnnouncementShowsTheCount()
          throws Exception {
    bot.click("U0ADA", BlockKit.REMIND_ACTION, talk.id());
    awaitUpdates(1);
    delivery
        .deliver(
            Delivery.now(
                new Post.About(PostKind.reminder(Duration.ofHours(1)), talk), bot.clock.instant()),
            delivery.targets(),
            DeliveryService.Claim.ONCE)
        .values()
        .forEach(f -> f.join());
    SlackApiStandIn.Posted reminder = bot.slack.messages(SlackBot.CHANNEL).get(1);

    bot.click("U0BOB", BlockKit.REMIND_ACTION, talk.id()); // on the reminder's button
    await().atMost(Duration.ofSeconds(10)).until(() -> bot.subscriptions.count(talk.id()) == 2);
    bot.clock.advance(InterestEdits.AT_MOST_EVERY);
    edits.due();

    List<SlackApiStandIn.Call> updates = awaitUpdates(2);
    assertThat(updates.get(1).params().get("blocks")).contains(":bell: 2 people want a reminder");
    assertThat(updates).extracting(u -> u.params().get("ts")).containsOnly(announcementTs);
    assertThat(reminder.blocks())
        .contains("Remind me")
        .doesNotContain("want a reminder")
        .doesNotContain("wants a reminder");
  }

  private List<SlackApiStandIn.Call> awaitUpdates(int n) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.slack.calls("chat.update"), u -> u.size() >= n);
  }
}
