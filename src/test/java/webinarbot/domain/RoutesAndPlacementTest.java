package webinarbot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.testing.WebinarBuilder;

/** Which talks a {@code [[route]]} takes, and the channels a routing table names. */
class RoutesAndPlacementTest {
  private static Webinar talk(List<String> tags, String section, String type) {
    return WebinarBuilder.webinar("t")
        .tags(tags.toArray(String[]::new))
        .placed(section, type)
        .build();
  }

  private static Route route(List<String> tags, List<String> sections, List<String> types) {
    return new Route(
        "calls",
        "bot.toml:3",
        tags,
        sections,
        types,
        List.of("C1"),
        List.of("D1"),
        Optional.empty());
  }

  @Test
  void aRouteByTagIgnoresCaseAndSpacesOnEitherSide() {
    Route calls = route(List.of(" Community-Call "), List.of(), List.of());

    assertThat(calls.matches(talk(List.of("community-call"), "", ""))).isTrue();
    assertThat(calls.matches(talk(List.of("COMMUNITY-CALL", "vpp"), "", ""))).isTrue();
    assertThat(calls.matches(talk(List.of("community"), "", ""))).isFalse();
    assertThat(calls.matches(talk(List.of(), "", ""))).isFalse();
  }

  @Test
  void aRouteBySectionTakesThePagesBelowItButNotASiblingThatStartsAlike() {
    Route news = route(List.of(), List.of("/news/webinars/"), List.of());

    assertThat(news.matches(talk(List.of(), "news/webinars", ""))).isTrue();
    assertThat(news.matches(talk(List.of(), "news/webinars/2026", ""))).isTrue();
    assertThat(news.matches(talk(List.of(), "news/webinars-old", ""))).isFalse();
    assertThat(news.matches(talk(List.of(), "news", ""))).isFalse();
  }

  @Test
  void aRouteByTypeIgnoresCaseAndEveryCriterionItGivesMustMatch() {
    Route both = route(List.of("vpp"), List.of(), List.of("Webinar"));

    assertThat(both.matches(talk(List.of("vpp"), "", "webinar"))).isTrue();
    assertThat(both.matches(talk(List.of("vpp"), "", "event"))).isFalse();
    assertThat(both.matches(talk(List.of("csit"), "", "webinar"))).isFalse();
  }

  @Test
  void aRouteWithNothingToMatchIsRefused() {
    assertThatThrownBy(() -> route(List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a route needs tags, sections or types to match");
  }

  @Test
  void theTableListsMatchingRoutesInFileOrderAndEachChannelOnce() {
    Route vpp =
        new Route(
            "vpp",
            "bot.toml:3",
            List.of("vpp"),
            List.of(),
            List.of(),
            List.of("C2", "C1"),
            List.of("D2"),
            Optional.empty());
    Route calls =
        new Route(
            "calls",
            "bot.toml:9",
            List.of("call"),
            List.of(),
            List.of(),
            List.of("C3"),
            List.of(),
            Optional.empty());
    Routes table = new Routes(List.of(vpp, calls), List.of("C1"), List.of("D1"));

    assertThat(table.isEmpty()).isFalse();
    assertThat(Routes.NONE.isEmpty()).isTrue();
    assertThat(table.matching(talk(List.of("call", "vpp"), "", ""))).containsExactly(vpp, calls);
    assertThat(table.matching(talk(List.of("other"), "", ""))).isEmpty();
    assertThat(table.channels("slack")).containsExactly("C1", "C2", "C3");
    assertThat(table.channels("discord")).containsExactly("D1", "D2");
    assertThat(table.topLevel("slack")).containsExactly("C1");
    assertThat(table.topLevel("teams")).isEmpty();
    assertThat(table.routeOnly("slack")).containsExactly("C2", "C3");
    assertThat(table.routeOnly("discord")).containsExactly("D2");
    assertThat(Routes.of(vpp, "discord")).containsExactly("D2");
    assertThat(Routes.of(vpp, "teams")).isEmpty();
  }

  @Test
  void aPlacementIsWrittenWithoutOuterSlashesAndItsTypeInLowerCase() {
    Placement p = new Placement(" \\news\\webinars\\ ", " Webinar ");

    assertThat(p.section()).isEqualTo("news/webinars");
    assertThat(p.type()).isEqualTo("webinar");
    assertThat(p.isIn("")).isTrue();
    assertThat(p.isIn("/news")).isTrue();
    assertThat(p.isIn("news/web")).isFalse();
    assertThat(Placement.UNKNOWN.isIn("news")).isFalse();
  }
}
