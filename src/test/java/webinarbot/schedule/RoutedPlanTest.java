package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Routing;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestSettings;

/** Routes decide where each talk's posts go, and with which reminders. */
class RoutedPlanTest {
  private static final Target ALL = new Target("slack", "C-ALL");
  private static final Target SEC = new Target("slack", "C-SEC");
  private static final Target NET = new Target("slack", "C-NET");
  private static final Target D_ALL = new Target("discord", "D-ALL");
  private static final Target D_SEC = new Target("discord", "D-SEC");
  private static final List<Target> EVERY = List.of(ALL, SEC, NET, D_ALL, D_SEC);
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  private static Route route(
      String name, List<String> tags, List<String> slack, List<String> discord) {
    return new Route(
        name, "webinar-bot.toml:1", tags, List.of(), List.of(), slack, discord, Optional.empty());
  }

  private static final Routes ROUTES =
      new Routes(
          List.of(
              route("security", List.of("security"), List.of("C-SEC"), List.of("D-SEC")),
              route("crypto", List.of("crypto", "security"), List.of("C-SEC", "C-NET"), List.of()),
              new Route(
                  "csit",
                  "webinar-bot.toml:9",
                  List.of(),
                  List.of("events/csit"),
                  List.of("webinar"),
                  List.of("C-NET"),
                  List.of(),
                  Optional.of(List.of(Duration.ofHours(2))))),
          List.of("C-ALL"),
          List.of("D-ALL"));

  private final ReminderPlanner planner =
      new ReminderPlanner(TestSettings.schedule().withRoutes(ROUTES));

  private List<String> targetsOf(Webinar w) {
    Plan plan =
        planner.plan(
            new Catalogue(List.of(w)),
            Map.of(w.id(), LONG_AGO),
            DeliveryHistory.empty(),
            EVERY,
            NOW);
    return plan.entries().stream()
        .map(e -> e.post().kind() + " " + e.targets())
        .distinct()
        .toList();
  }

  @Test
  void givenATalkTwoOverlappingRoutesTake_whenPlanned_thenEachOfTheirChannelsGetsEachPostOnce() {
    Webinar w = webinar("tls").tags("Security", "crypto").starts("2026-06-10T17:00:00Z").build();

    assertThat(targetsOf(w))
        .containsExactly(
            "reminder-7d [slack:C-SEC, slack:C-NET, discord:D-SEC]",
            "reminder-1d [slack:C-SEC, slack:C-NET, discord:D-SEC]",
            "reminder-1h [slack:C-SEC, slack:C-NET, discord:D-SEC]",
            "starting [slack:C-SEC, slack:C-NET, discord:D-SEC]");
  }

  @Test
  void givenATalkNoRouteTakes_whenPlanned_thenItGoesToTheTopLevelChannelsOnly() {
    Webinar w = webinar("vpp").tags("vpp").starts("2026-06-10T17:00:00Z").build();

    assertThat(targetsOf(w))
        .containsExactly(
            "reminder-7d [slack:C-ALL, discord:D-ALL]",
            "reminder-1d [slack:C-ALL, discord:D-ALL]",
            "reminder-1h [slack:C-ALL, discord:D-ALL]",
            "starting [slack:C-ALL, discord:D-ALL]");
  }

  @Test
  void givenARouteWithItsOwnReminders_whenPlanned_thenItsChannelsGetThoseAndOthersTheDefaults() {
    Webinar w =
        webinar("csit-1")
            .tags("crypto")
            .placed("events/csit/2026", "webinar")
            .starts("2026-06-10T17:00:00Z")
            .build();

    assertThat(targetsOf(w))
        .containsExactly(
            "reminder-7d [slack:C-SEC]",
            "reminder-1d [slack:C-SEC]",
            "reminder-2h [slack:C-NET]",
            "reminder-1h [slack:C-SEC]",
            "starting [slack:C-SEC]");
  }

  @Test
  void givenASectionRouteAndAPageOfAnotherType_whenPlanned_thenTheRouteDoesNotTakeIt() {
    Webinar w =
        webinar("csit-meeting")
            .placed("events/csit", "meeting")
            .starts("2026-06-10T17:00:00Z")
            .build();

    assertThat(targetsOf(w)).allMatch(line -> line.endsWith("[slack:C-ALL, discord:D-ALL]"));
  }

  @Test
  void theDefaultRouteAndTheDigestLeaveOutChannelsOnlyRoutesName() {
    Routing routing = new Routing(ROUTES);

    assertThat(routing.defaultTargets(EVERY)).containsExactly(ALL, D_ALL);
    assertThat(Routing.NONE.defaultTargets(EVERY)).isEqualTo(EVERY);
  }

  @Test
  void standardOutputIsNeverRouted() {
    Target stdout = new Target("console", "stdout");
    Webinar w = webinar("tls").tags("security").build();

    assertThat(new Routing(ROUTES).targetsFor(w, List.of(stdout))).containsExactly(stdout);
  }
}
