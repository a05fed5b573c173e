package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code init} proposes for the real sites in test resources agrees with the configs written
 * for them by hand ({@code webinar-bot.toml} beside each).
 */
class SiteSurveyTest {
  private static SiteSurvey.Proposal survey(String site) {
    return SiteSurvey.of(Path.of("src/test/resources/sites", site));
  }

  @Test
  void givenFdio_whenSurveyed_thenTheWebinarFolderIsTheOneSectionAndTheDefaultKeysFit() {
    SiteSurvey.Proposal p = survey("fdio");

    assertThat(p.pages()).isEqualTo(100);
    assertThat(p.sections()).containsExactly(Map.entry("news/webinars", 24));
    assertThat(p.types()).isEmpty();
    assertThat(p.people()).isEmpty();
    assertThat(p.fields()).isEmpty();
  }

  @Test
  void givenDevopsdays_whenSurveyed_thenTalkPagesAndTheSpeakerFolderOfEachEventAreFound() {
    SiteSurvey.Proposal p = survey("devopsdays");

    assertThat(p.pages()).isEqualTo(16);
    assertThat(p.sections()).containsExactly(Map.entry("events", 8));
    assertThat(p.types()).containsExactly("talk");
    assertThat(p.people()).hasValue("events/*/speakers");
  }

  @Test
  void givenPulumi_whenSurveyed_thenEveryFieldTheDefaultsMissIsFoundUnderItsNestedKey() {
    SiteSurvey.Proposal p = survey("pulumi");

    assertThat(p.sections()).containsExactly(Map.entry("resources", 4));
    assertThat(p.types()).containsExactly("webinars");
    assertThat(p.fields())
        .containsEntry("date", new SiteSurvey.FieldGuess("main.sortable_date", 4, 4))
        .containsEntry("duration", new SiteSurvey.FieldGuess("main.duration", 4, 4))
        .containsEntry("video", new SiteSurvey.FieldGuess("main.youtube_url", 1, 4))
        .containsEntry("speakers", new SiteSurvey.FieldGuess("main.presenters", 4, 4))
        .containsEntry("description", new SiteSurvey.FieldGuess("main.description", 4, 4))
        .containsEntry("image", new SiteSurvey.FieldGuess("hero.image", 4, 4));
  }

  @Test
  void givenROpenSci_whenSurveyed_thenBothTalkSectionsAreProposedInOrder() {
    SiteSurvey.Proposal p = survey("roweb3");

    assertThat(p.pages()).isEqualTo(12);
    assertThat(p.sections()).containsExactly(Map.entry("commcalls", 6), Map.entry("events", 6));
    assertThat(p.types()).isEmpty();
  }

  @Test
  void givenEclipseIot_whenSurveyed_thenItsEventsFolderIsTheSection() {
    assertThat(survey("iot.eclipse.org").sections()).containsExactly(Map.entry("events", 10));
  }

  @Test
  void givenFluxBlogPosts_whenSurveyed_thenNothingLooksLikeATalkAndNoSectionIsGuessed() {
    // Blog posts that announce events carry none of a talk's fields: the config written for Flux
    // names its section by hand.
    SiteSurvey.Proposal p = survey("fluxcd");

    assertThat(p.pages()).isEqualTo(6);
    assertThat(p.sections()).isEmpty();
  }
}
