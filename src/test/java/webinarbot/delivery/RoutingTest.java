package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;
import webinarbot.domain.Webinar;
import webinarbot.testing.WebinarBuilder;

/** Where the posts about a talk go when the config has {@code [[route]]} tables. */
class RoutingTest {
  private static final Target GENERAL = new Target("slack", "C-GENERAL");
  private static final Target VPP = new Target("slack", "C-VPP");
  private static final Target CALLS = new Target("discord", "D-CALLS");
  private static final Target STDOUT = new Target("console", "stdout");
  private static final List<Target> ALL = List.of(GENERAL, VPP, CALLS, STDOUT);

  private static final Route VPP_ROUTE =
      new Route(
          "vpp",
          "bot.toml:3",
          List.of("vpp"),
          List.of(),
          List.of(),
          List.of("C-VPP", "C-GENERAL"),
          List.of(),
          Optional.of(List.of(Duration.ofHours(2))));
  private static final Route CALLS_ROUTE =
      new Route(
          "calls",
          "bot.toml:9",
          List.of("call"),
          List.of(),
          List.of(),
          List.of("C-VPP"),
          List.of("D-CALLS"),
          Optional.of(List.of(Duration.ofMinutes(10))));
  private static final Routing ROUTING =
      new Routing(new Routes(List.of(VPP_ROUTE, CALLS_ROUTE), List.of("C-GENERAL"), List.of()));

  private static Webinar tagged(String... tags) {
    return WebinarBuilder.webinar("t").tags(tags).build();
  }

  @Test
  void withoutRoutesEveryTalkGoesEverywhereWithTheScheduleReminders() {
    assertThat(Routing.NONE.targetsFor(tagged("vpp"), ALL)).isEqualTo(ALL);
    assertThat(Routing.NONE.reminders(tagged("vpp"), VPP)).isEmpty();
  }

  @Test
  void aTalkTwoRoutesTakeGoesToEachOfTheirChannelsOnceAndStillToStandardOutput() {
    assertThat(ROUTING.targetsFor(tagged("vpp", "call"), ALL))
        .containsExactly(GENERAL, VPP, CALLS, STDOUT);
    assertThat(ROUTING.targetsFor(tagged("call"), ALL)).containsExactly(VPP, CALLS, STDOUT);
  }

  @Test
  void aTalkNoRouteTakesGoesToTheTopLevelChannelsButNotToThoseOnlyRoutesName() {
    assertThat(ROUTING.targetsFor(tagged("other"), ALL)).containsExactly(GENERAL, STDOUT);
    assertThat(ROUTING.defaultTargets(ALL)).containsExactly(GENERAL, STDOUT);
  }

  @Test
  void theRemindersAreThoseOfTheFirstRouteThatPostsToTheChannel() {
    Webinar both = tagged("vpp", "call");

    assertThat(ROUTING.reminders(both, VPP)).contains(List.of(Duration.ofHours(2)));
    assertThat(ROUTING.reminders(both, CALLS)).contains(List.of(Duration.ofMinutes(10)));
    assertThat(ROUTING.reminders(tagged("call"), GENERAL)).isEmpty();
    assertThat(ROUTING.reminders(tagged("other"), GENERAL)).isEmpty();
  }
}
