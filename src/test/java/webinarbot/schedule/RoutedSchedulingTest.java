package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Post;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;
import webinarbot.domain.Webinar;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;

/** The running schedule posts each talk on its routes' channels, and only there. */
class RoutedSchedulingTest {
  private static final Routes ROUTES =
      new Routes(
          List.of(
              new Route(
                  "security",
                  "webinar-bot.toml:4",
                  List.of("security"),
                  List.of(),
                  List.of(),
                  List.of("C-SEC"),
                  List.of(),
                  Optional.empty()),
              new Route(
                  "crypto",
                  "webinar-bot.toml:9",
                  List.of("crypto"),
                  List.of(),
                  List.of(),
                  List.of("C-SEC", "C-CRYPTO"),
                  List.of(),
                  Optional.empty())),
          List.of("C-ALL"),
          List.of());

  private static final String START = "2026-06-01T12:00:00Z";

  private static List<String> posts(ScheduleHarness h) {
    return h.channel.messages().stream().map(RoutedSchedulingTest::line).toList();
  }

  private static String line(RecordingNotifier.Message m) {
    return m.target().channel()
        + " "
        + m.post().kind()
        + " "
        + ((Post.About) m.post()).webinar().id();
  }

  @Test
  void
      givenTalksOnOverlappingRoutes_whenTheyRun_thenEachChannelGetsEachPostOnceAndCancelsWhereTold()
          throws Exception {
    Webinar tls = webinar("tls").tags("security", "crypto").starts(START).build();
    Webinar vpp = webinar("vpp").tags("vpp").starts(START).build();
    try (ScheduleHarness h =
        new ScheduleHarness(
            TestDatabases.Kind.H2.fresh(),
            TestSettings.schedule().withRoutes(ROUTES),
            "C-ALL",
            "C-SEC",
            "C-CRYPTO")) {
      h.start(tls, vpp);
      h.runDue();
      h.advance(Duration.ofHours(1));

      assertThat(posts(h))
          .containsExactlyInAnyOrder(
              "C-SEC announcement tls",
              "C-CRYPTO announcement tls",
              "C-ALL announcement vpp",
              "C-SEC reminder-1h tls",
              "C-CRYPTO reminder-1h tls",
              "C-ALL reminder-1h vpp");

      h.reload(webinar("tls").tags("security", "crypto").starts(START).cancelled().build(), vpp);
      h.settle(); // the notices go out on the delivery lanes, after the reload returns

      assertThat(posts(h))
          .filteredOn(p -> p.contains("cancellation"))
          .containsExactlyInAnyOrder("C-SEC cancellation tls", "C-CRYPTO cancellation tls");
    }
  }
}
