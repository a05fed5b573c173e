package webinarbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** What {@code serve} says once it runs: loaded, next, and what looks wrong. */
class StartupSummaryTest {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private final Webinar release = webinar("vpp-2612").starts("2026-12-10T18:00:00+01:00").build();
  private final Webinar later = webinar("csit").starts("2027-01-21T16:00:00Z").build();
  private final List<String> asked = new ArrayList<>();

  private List<PlannedPost> pending(String id) {
    asked.add(id);
    return switch (id) {
      case "vpp-2612" ->
          List.of(
              new PlannedPost(Instant.parse("2026-12-03T17:00:00Z"), id, PostKind.reminder(WEEK)),
              new PlannedPost(Instant.parse("2026-12-10T17:00:00Z"), id, PostKind.STARTING));
      case "csit" ->
          List.of(
              new PlannedPost(Instant.parse("2027-01-14T16:00:00Z"), id, PostKind.reminder(WEEK)));
      default -> List.of();
    };
  }

  private LoadResult loaded(Diagnostic... diagnostics) {
    return new LoadResult(new Catalogue(List.of(release, later)), List.of(diagnostics), 3);
  }

  @Test
  void givenTwoUpcomingTalks_thenTheHeadlineNamesTheNextPostItsTimeAndHowFarItIs()
      throws Exception {
    String headline =
        StartupSummary.headline(
            loaded(), List.of(release, later), this::pending, Optional.empty(), WEEK, NOW);

    assertThat(headline)
        .isEqualTo(
            "2 webinars (2 upcoming) from 3 pages, 0 error(s), 0 warning(s); next: reminder-7d"
                + " for vpp-2612 on Thu 3 Dec 17:00 UTC, in 2 days");
    // A talk starting more than the longest lead after the next post cannot come first.
    assertThat(asked).containsExactly("vpp-2612");
  }

  @Test
  void givenAnEarlierDigestOrNothingPlanned_thenTheHeadlineSaysSo() throws Exception {
    Optional<Instant> monday = Optional.of(Instant.parse("2026-12-01T12:40:00Z"));

    assertThat(
            StartupSummary.headline(
                loaded(), List.of(release, later), this::pending, monday, WEEK, NOW))
        .endsWith("next: the weekly digest on Tue 1 Dec 12:40 UTC, in 40 minutes");
    assertThat(
            StartupSummary.headline(
                loaded(), List.of(), id -> List.of(), Optional.empty(), WEEK, NOW))
        .endsWith("next: nothing, no webinar is upcoming");
    assertThat(
            StartupSummary.headline(
                loaded(), List.of(later), id -> List.of(), Optional.empty(), WEEK, NOW))
        .endsWith("next: nothing is planned");
  }

  @Test
  void givenLintWarnings_thenTheyAreListedUpToALimitAndErrorsAreLeftToTheirOwnLog() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      many.add(
          new Diagnostic(
              "p" + (100 + i) + ".md", 1, 1, Diagnostic.Severity.WARNING, "time_slot", "odd"));
    }
    many.add(new Diagnostic("bad.md", 2, 1, Diagnostic.Severity.ERROR, "date", "bad date"));

    List<String> warnings = StartupSummary.warnings(loaded(many.toArray(Diagnostic[]::new)));

    assertThat(warnings).hasSize(StartupSummary.MAX_WARNINGS + 1);
    assertThat(warnings.get(0)).isEqualTo("p101.md:1:1: warning: odd");
    assertThat(warnings.get(warnings.size() - 1))
        .isEqualTo("… and 5 more warnings: run lint for every one");
    assertThat(warnings).noneMatch(w -> w.contains("bad date"));
  }

  @Test
  void givenThePlaceholderBaseUrl_thenServeWarnsOnlyWhenAPlatformIsOn() throws Exception {
    Settings defaults = new ConfigLoader(Map.of()).load(Optional.empty());
    Settings fdio =
        new ConfigLoader(Map.of("WEBINARBOT_SITE_BASE_URL", "https://fd.io"))
            .load(Optional.empty());
    Secrets discord = new Secrets(Map.of("DISCORD_TOKEN", "t"));

    assertThat(StartupSummary.settingWarnings(defaults, discord))
        .singleElement()
        .asString()
        .startsWith(
            "site.base_url is still the default http://localhost:1313/ (a local Hugo server)");
    assertThat(StartupSummary.settingWarnings(defaults, new Secrets(Map.of()))).isEmpty();
    assertThat(StartupSummary.settingWarnings(fdio, discord)).isEmpty();
  }
}
