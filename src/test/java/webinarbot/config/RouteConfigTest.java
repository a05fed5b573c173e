package webinarbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Route;

class RouteConfigTest {
  @TempDir Path temp;

  private Path file(String toml) throws IOException {
    return Files.writeString(temp.resolve("webinar-bot.toml"), toml);
  }

  @Test
  void routeTablesAreReadInFileOrderWithTheTopLevelChannelsAsTheDefaultRoute() throws Exception {
    Path f =
        file(
            """
            [slack]
            channels = ["C-ALL"]
            [discord]
            channels = ["D-ALL"]

            [[route]]
            name = "security"
            tags = ["security", "CVE"]
            slack = ["C-SEC"]
            reminders = ["1d", "0m"]

            [[route]]
            sections = ["events/csit"]
            types = ["webinar"]
            discord = ["D-CSIT", "D-ALL"]
            """);

    Settings s = new ConfigLoader(Map.of()).load(Optional.of(f));

    List<Route> routes = s.schedule().routes().routes();
    assertThat(routes).hasSize(2);
    Route security = routes.get(0);
    assertThat(security.name()).isEqualTo("security");
    assertThat(security.origin()).isEqualTo(f + ":6");
    assertThat(security.tags()).containsExactly("security", "CVE");
    assertThat(security.slack()).containsExactly("C-SEC");
    assertThat(security.discord()).isEmpty();
    assertThat(security.reminders()).contains(List.of(Duration.ofDays(1), Duration.ZERO));
    Route csit = routes.get(1);
    assertThat(csit.name()).isEqualTo("route[2]");
    assertThat(csit.sections()).containsExactly("events/csit");
    assertThat(csit.reminders()).isEmpty();
    assertThat(s.schedule().routes().slack()).containsExactly("C-ALL");
    assertThat(s.schedule().routes().routeOnly("discord")).containsExactly("D-CSIT");
    assertThat(s.withRouteChannels().slack().channels()).containsExactly("C-ALL", "C-SEC");
    assertThat(s.withRouteChannels().discord().channels()).containsExactly("D-ALL", "D-CSIT");
  }

  @Test
  void withoutRouteTablesThereAreNoRoutes() throws Exception {
    Settings s =
        new ConfigLoader(Map.of()).load(Optional.of(file("[slack]\nchannels = [\"C1\"]\n")));

    assertThat(s.schedule().routes().isEmpty()).isTrue();
    assertThat(s.withRouteChannels().slack().channels()).containsExactly("C1");
  }

  @Test
  void everyBrokenRouteIsNamedWithItsFileLineAndField() throws Exception {
    Path f =
        file(
            """
            [[route]]
            tags = ["a"]
            chanels = ["C1"]
            slack = ["C1"]

            [[route]]
            slack = ["C2"]

            [[route]]
            tags = ["b"]

            [[route]]
            tags = ["c"]
            slack = ["C3"]
            reminders = ["1d", "soon"]

            [[route]]
            tags = 3
            slack = ["C4"]
            """);

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(f)))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        f
                            + ":3: route[1].chanels: unknown key; a route has name, tags,"
                            + " sections, types, slack, discord, reminders",
                        f + ":6: route[2]: matches nothing: give it tags, sections or types",
                        f + ":9: route[3]: lists no channel: give it slack or discord",
                        f
                            + ":15: route[4].reminders: \"soon\" is not a duration such as 30m"
                            + " or 1d",
                        f + ":18: route[5].tags: expected a list of strings, found long"));
  }

  @Test
  void aRouteWrittenAsOneTableIsRefused() throws Exception {
    Path f = file("[route]\ntags = [\"a\"]\nslack = [\"C1\"]\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(f)))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(f + ":1: route: expected [[route]] tables, one per route"));
  }
}
