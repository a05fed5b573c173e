package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.testing.discord.Databases;

/** The scheduled-event table, created from the migration file, on H2 and on a real PostgreSQL. */
class ScheduledEventStoreTest {
  private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
  private static EmbeddedPostgres postgres;
  private static DataSource h2;
  private static DataSource pg;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    pg = Databases.migrated(postgres.getPostgresDatabase());
    // The migration runs at every start: running it twice must be harmless.
    Databases.migrated(pg);
    h2 = Databases.migrated(Databases.h2());
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", pg));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void events_are_kept_per_server_replaced_and_forgotten(String name, DataSource db) {
    Databases.clear(db);
    ScheduledEventStore store = new ScheduledEventStore(db);

    store.save(new ScheduledEventStore.Row("g1", "vpp_in_home_lab", "e1", "f1"), AT);
    store.save(new ScheduledEventStore.Row("g2", "vpp_in_home_lab", "e2", "f1"), AT);
    store.save(
        new ScheduledEventStore.Row("g1", "vpp_in_home_lab", "e3", "f2"), AT.plusSeconds(60));

    assertThat(store.inGuild("g1"))
        .containsExactly(
            java.util.Map.entry(
                "vpp_in_home_lab",
                new ScheduledEventStore.Row("g1", "vpp_in_home_lab", "e3", "f2")));
    assertThat(store.inGuild("g2")).containsOnlyKeys("vpp_in_home_lab");

    store.remove("g1", "vpp_in_home_lab");

    assertThat(store.inGuild("g1")).isEmpty();
    assertThat(store.inGuild("g2")).hasSize(1);
  }
}
