package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Placement;

/** Each talk knows its page's section and Hugo type, which routes match. */
class PlacementTest {
  @TempDir Path temp;

  private void page(String path, String extra) throws IOException {
    Path p = temp.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(
        p, "+++\ntitle = \"T\"\ndate = 2027-03-02T17:00:00Z\n" + extra + "+++\nBody.\n");
  }

  @Test
  void aPageHasItsFolderAsSectionAndItsTypeOrElseItsTopLevelSectionAsHugoDefaultsIt()
      throws IOException {
    page("events/csit/call.md", "type = \"Webinar\"\n");
    page("news/webinars/vpp.md", "");
    page("news/webinars/bundle/index.md", "");
    page("top.md", "");

    LoadResult r =
        new HugoContentLoader(URI.create("https://example.org/"), ZoneId.of("UTC")).load(temp);

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.catalogue().find("call").orElseThrow().placement())
        .isEqualTo(new Placement("events/csit", "webinar"));
    assertThat(r.catalogue().find("vpp").orElseThrow().placement())
        .isEqualTo(new Placement("news/webinars", "news"));
    assertThat(r.catalogue().find("bundle").orElseThrow().placement())
        .isEqualTo(new Placement("news/webinars", "news"));
    assertThat(r.catalogue().find("top").orElseThrow().placement())
        .isEqualTo(new Placement("", ""));
  }

  @Test
  void aSectionTakesThePagesBelowItButNotItsNamesakes() {
    Placement p = new Placement("/events/csit/2027/", "webinar");

    assertThat(p.section()).isEqualTo("events/csit/2027");
    assertThat(p.isIn("events")).isTrue();
    assertThat(p.isIn("events/csit/")).isTrue();
    assertThat(p.isIn("events/cs")).isFalse();
    assertThat(p.isIn("news")).isFalse();
  }
}
