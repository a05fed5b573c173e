package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * A fan-out of personal reminders too large to go out within half a minute of its due time under
 * the platforms' rate limits starts early, so its last message is on time; small ones are sent at
 * the due time as before. Slack: 4 a second planned (the workspace allows several hundred a
 * minute); Discord: 20 a second (50 requests a second, two per direct message).
 */
class FanoutWindowTest {
  private static final Instant NOW = Instant.parse("2030-06-01T10:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(2));
  private static final Instant DUE = START.minus(Duration.ofMinutes(15));
  private final Webinar talk = TestWebinars.startingAt("talk", START).build();
  private final ReminderPlanner planner = new ReminderPlanner(TestSettings.schedule());

  private static List<Target> subscribers(String platform, int n) {
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Subscriber(platform, platform.charAt(0) + "" + i).target());
    }
    return out;
  }

  /** When each platform's personal reminders go out. */
  private Map<String, Instant> personalTimes(List<Target> subscribers) {
    Plan plan = planner.plan(talk, NOW, DeliveryHistory.empty(), List.of(), subscribers, NOW);
    Map<String, Instant> times = new java.util.HashMap<>();
    for (PlanEntry e : plan.entries()) {
      if (e.post().kind().equals(PostKind.PERSONAL)) {
        e.targets().forEach(t -> times.put(t.platform(), e.at()));
      }
    }
    return times;
  }

  @Test
  void givenAFewSubscribers_whenPlanned_thenTheirMessagesAreDueFifteenMinutesBeforeTheStart() {
    List<Target> some = new ArrayList<>(subscribers("slack", 120));
    some.addAll(subscribers("discord", 600));

    assertThat(personalTimes(some)).containsEntry("slack", DUE).containsEntry("discord", DUE);
  }

  @Test
  void givenTenThousandDiscordSubscribers_whenPlanned_thenTheFanOutStartsEarlyEnoughToEndOnTime() {
    Map<String, Instant> times = personalTimes(subscribers("discord", 10_000));

    // 10,000 at 20 a second: 500 s.
    assertThat(times).containsEntry("discord", DUE.minus(Duration.ofSeconds(500)));
  }

  @Test
  void givenSubscribersOnBothPlatforms_whenPlanned_thenEachPlatformsWindowFollowsItsOwnRate() {
    List<Target> both = new ArrayList<>(subscribers("slack", 2_000));
    both.addAll(subscribers("discord", 2_000));

    Map<String, Instant> times = personalTimes(both);

    assertThat(times)
        .containsEntry("slack", DUE.minus(Duration.ofSeconds(500)))
        .containsEntry("discord", DUE.minus(Duration.ofSeconds(100)));
  }

  @Test
  void givenTwoPlatformsFanOutsAtTwoTimes_whenTheFirstIsDue_thenTheFiringFindsItsEntry() {
    List<Target> both = new ArrayList<>(subscribers("slack", 2_000));
    both.addAll(subscribers("discord", 2_000));
    Instant slackStart = DUE.minus(Duration.ofSeconds(500));
    Plan plan = planner.plan(talk, NOW, DeliveryHistory.empty(), List.of(), both, NOW);
    String revision = webinarbot.delivery.Revisions.of(PostKind.PERSONAL, talk);
    String personal = PostKind.PERSONAL.code();

    assertThat(plan.findDueBy("talk", personal, revision, slackStart.minusMillis(1))).isEmpty();
    assertThat(plan.findDueBy("talk", personal, revision, slackStart))
        .hasValueSatisfying(
            e -> assertThat(e.targets()).allMatch(t -> t.platform().equals("slack")));
  }
}
