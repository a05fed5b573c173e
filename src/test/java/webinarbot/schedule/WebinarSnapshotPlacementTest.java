package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import org.junit.jupiter.api.Test;
import webinarbot.domain.Placement;
import webinarbot.domain.Webinar;

/** A page removed while the bot was down is still routed as it was. */
class WebinarSnapshotPlacementTest {
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
}
