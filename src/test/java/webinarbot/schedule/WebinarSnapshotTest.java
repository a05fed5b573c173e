package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import org.junit.jupiter.api.Test;
import webinarbot.domain.Placement;
import webinarbot.domain.Webinar;

/**
 * What the bot remembers of a page is the whole page: a page removed while it was down is still
 * routed and rendered as it was.
 */
class WebinarSnapshotTest {
  @Test
  void theSnapshotKeepsTheTagsSectionAndType() {
    Webinar w = webinar("tls").tags("security").placed("events/csit", "webinar").build();

    Webinar back = WebinarSnapshot.read(WebinarSnapshot.write(w));

    assertThat(back).isEqualTo(w);
    assertThat(back.placement()).isEqualTo(new Placement("events/csit", "webinar"));
  }

  @Test
  void aSnapshotSavedBeforeRoutesReadsAsAnUnknownPlace() {
    String old =
        WebinarSnapshot.write(webinar("vpp").build()).replaceAll(",\"section\".*\"}$", "}");

    assertThat(old).doesNotContain("section");
    assertThat(WebinarSnapshot.read(old).placement()).isEqualTo(Placement.UNKNOWN);
  }

  @Test
  void givenEveryRealFdioPage_whenRememberedAndReadBack_thenNothingOfItIsLost() {
    java.util.List<Webinar> all = webinarbot.testing.FdioCorpus.load().catalogue().all();

    assertThat(all).hasSize(24);
    for (Webinar w : all) {
      assertThat(WebinarSnapshot.read(WebinarSnapshot.write(w))).as(w.id()).isEqualTo(w);
    }
    // What the round trip depends on is there to lose: speakers with photos, links, buttons.
    assertThat(all).anyMatch(w -> w.speakers().stream().anyMatch(s -> s.image().isPresent()));
    assertThat(all).anyMatch(w -> !w.links().byName().isEmpty());
  }
}
