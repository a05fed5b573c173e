package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * What the bot remembers of each page across restarts and replicas: the page, its first sighting
 * (which catch-up planning depends on) and its removal.
 */
class KnownWebinarsTest {
  private static final Instant MONDAY = Instant.parse("2026-06-01T09:00:00.123456Z");
  private static final Instant TUESDAY = Instant.parse("2026-06-02T09:00:00Z");
  private static final Instant START = Instant.parse("2026-06-10T17:00:00Z");

  private final Database db = Database.open(TestDatabases.h2(), Clock.systemUTC());
  private final DataSource ds = db.dataSource();
  private final Webinar talk = TestWebinars.startingAt("talk", START).build();
  private final Webinar retitled = TestWebinars.startingAt("talk", START).title("New").build();

  KnownWebinarsTest() throws Exception {}

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void
      givenAPageRemembered_whenTheBotStartsAgain_thenThePageAndItsFirstSightingToTheMilliAreBack() {
    KnownWebinars.load(ds).remember(List.of(talk), MONDAY);

    KnownWebinars again = KnownWebinars.load(ds);

    assertThat(again.get("talk"))
        .hasValueSatisfying(
            k -> {
              assertThat(k.webinar()).isEqualTo(talk);
              assertThat(k.firstSeen()).isEqualTo(Instant.parse("2026-06-01T09:00:00.123Z"));
              assertThat(k.removedAt()).isEmpty();
            });
    assertThat(again.firstSeen()).containsEntry("talk", Instant.parse("2026-06-01T09:00:00.123Z"));
    assertThat(again.isUnchanged(TestWebinars.startingAt("talk", START).build())).isTrue();
    assertThat(again.isUnchanged(retitled)).isFalse();
  }

  @Test
  void givenAPageEdited_whenRemembered_thenTheNewVersionIsStoredAndTheFirstSightingKept() {
    KnownWebinars known = KnownWebinars.load(ds);
    known.remember(List.of(talk), MONDAY);

    known.remember(List.of(retitled), TUESDAY);

    assertThat(known.lastVersion("talk")).hasValue(retitled);
    assertThat(KnownWebinars.load(ds).stored("talk"))
        .hasValueSatisfying(
            k -> {
              assertThat(k.webinar().title()).isEqualTo("New");
              assertThat(k.firstSeen()).isEqualTo(Instant.parse("2026-06-01T09:00:00.123Z"));
            });
  }

  @Test
  void givenAPageRemoved_whenAskedAfterARestart_thenItIsRemovedButItsLastVersionIsKept() {
    KnownWebinars known = KnownWebinars.load(ds);
    known.remember(List.of(talk), MONDAY);

    known.markRemoved("talk", TUESDAY);

    KnownWebinars again = KnownWebinars.load(ds);
    assertThat(again.get("talk"))
        .hasValueSatisfying(k -> assertThat(k.removedAt()).hasValue(TUESDAY));
    assertThat(again.lastVersion("talk")).hasValue(talk);
    assertThat(again.stored("talk")).isEmpty();
    assertThat(again.isUnchanged(talk)).isFalse();

    again.remember(List.of(talk), TUESDAY);

    assertThat(KnownWebinars.load(ds).stored("talk")).isPresent();
    assertThat(again.get("talk")).hasValueSatisfying(k -> assertThat(k.removedAt()).isEmpty());
  }

  @Test
  void givenTwoReplicasSeeingANewPage_whenBothRememberIt_thenBothKeepTheFirstOnesSighting() {
    KnownWebinars first = KnownWebinars.load(ds);
    KnownWebinars second = KnownWebinars.load(ds);
    first.remember(List.of(talk), MONDAY);

    second.remember(List.of(retitled), TUESDAY);

    Instant monday = Instant.parse("2026-06-01T09:00:00.123Z");
    assertThat(second.get("talk"))
        .hasValueSatisfying(k -> assertThat(k.firstSeen()).isEqualTo(monday));
    assertThat(first.stored("talk"))
        .hasValueSatisfying(
            k -> {
              assertThat(k.webinar()).isEqualTo(retitled);
              assertThat(k.firstSeen()).isEqualTo(monday);
            });
  }
}
