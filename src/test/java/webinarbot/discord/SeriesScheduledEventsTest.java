package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import webinarbot.domain.Webinar;
import webinarbot.testing.JsonSnapshots;
import webinarbot.testing.LogCapture;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;

/**
 * A series' Discord scheduled event, through a real JDA against the stand-in, under the fixture's
 * settable clock (a Monday, 2 November 2026): one recurring event where Discord's rules give the
 * series' occurrences, else the next occurrence's event, moved on once each is over.
 */
class SeriesScheduledEventsTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final String EVENTS = "guilds/" + DiscordWorld.GUILD_ID + "/scheduled-events";

  @TempDir Path pages;

  private ScheduledEventSync events() {
    return FIXTURE.module().scheduledEvents();
  }

  private ScheduledEventSync.Report sync() {
    return events().sync(FIXTURE.catalogue(), FIXTURE.clock().instant());
  }

  private Map<String, ScheduledEventStore.Row> stored() {
    return new ScheduledEventStore(FIXTURE.dataSource()).inGuild(DiscordWorld.GUILD_ID);
  }

  @Test
  void givenAWeeklyCallInUtc_thenOneRecurringEventIsCreatedAndLeftAloneAsItsOccurrencesPass()
      throws Exception {
    FIXTURE.catalogue(
        TestWebinars.series(
            pages, "call", "2026-11-03", "17:00 - 18:00 UTC", "FREQ=WEEKLY;BYDAY=TU"));

    ScheduledEventSync.Report first = sync();

    assertThat(first.created()).isEqualTo(1);
    JsonNode body = FIXTURE.discord().requests("POST", EVENTS).get(0).body();
    JsonSnapshots.assertMatches("discord/events/recurring-series.json", sorted(body));
    assertThat(events().nextMoveOn()).isEmpty();

    // The first occurrence is over: Discord moves a recurring event on by itself.
    FIXTURE.clock().set(Instant.parse("2026-11-03T18:01:00Z"));
    int calls = FIXTURE.discord().requests().size();
    ScheduledEventSync.Report later = sync();

    assertThat(later).isEqualTo(new ScheduledEventSync.Report(0, 0, 0, List.of()));
    assertThat(FIXTURE.discord().requests()).hasSize(calls);

    // The page's time is edited: the event and its rule start at the next occurrence's new time.
    FIXTURE.catalogue(
        TestWebinars.series(
            pages, "call", "2026-11-03", "18:00 - 19:00 UTC", "FREQ=WEEKLY;BYDAY=TU"));
    FIXTURE.clock().set(Instant.parse("2026-11-03T19:30:00Z"));
    String eventId = stored().get("call").eventId();
    ScheduledEventSync.Report edited = sync();

    assertThat(edited.updated()).isEqualTo(1);
    JsonNode patch = FIXTURE.discord().await("PATCH", EVENTS + "/" + eventId).body();
    assertThat(patch.path("scheduled_start_time").asText()).isEqualTo("2026-11-10T18:00:00Z");
    assertThat(patch.path("recurrence_rule").path("start").asText())
        .isEqualTo("2026-11-10T18:00:00Z");
    assertThat(FIXTURE.discord().scheduledEvents()).hasSize(1);
  }

  @Test
  void givenASeriesWithAnExdate_thenItsNextOccurrencesEventMovesOnOnceEachIsOver()
      throws Exception {
    // Tuesdays at 17:00 in Berlin; 10 November does not take place.
    Webinar call =
        TestWebinars.series(
            pages,
            "call",
            "2026-11-03",
            "17:00 - 18:00 Europe/Berlin",
            "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
            "2026-11-10");
    FIXTURE.catalogue(call);
    try (LogCapture log = new LogCapture()) {
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ScheduledEventSync.class))
          .setLevel(Level.INFO);

      ScheduledEventSync.Report first = sync();
      String eventId = stored().get("call").eventId();
      JsonNode created = FIXTURE.discord().requests("POST", EVENTS).get(0).body();

      assertThat(first.created()).isEqualTo(1);
      assertThat(created.has("recurrence_rule")).isFalse();
      assertThat(created.path("scheduled_start_time").asText()).isEqualTo("2026-11-03T16:00:00Z");
      assertThat(created.path("scheduled_end_time").asText()).isEqualTo("2026-11-03T17:00:00Z");
      assertThat(events().nextMoveOn()).contains(Instant.parse("2026-11-03T17:00:00Z"));

      // While the occurrence is on, nothing moves.
      FIXTURE.clock().set(Instant.parse("2026-11-03T16:30:00Z"));
      int calls = FIXTURE.discord().requests().size();
      events().moveOnIfDue(FIXTURE.catalogue(), FIXTURE.clock().instant());
      sync();
      assertThat(FIXTURE.discord().requests()).hasSize(calls);

      // Once it is over, the same event moves to the next occurrence, past the skipped date.
      FIXTURE.clock().set(Instant.parse("2026-11-03T17:00:00Z"));
      events().moveOnIfDue(FIXTURE.catalogue(), FIXTURE.clock().instant());

      JsonNode patch = FIXTURE.discord().await("PATCH", EVENTS + "/" + eventId).body();
      assertThat(patch.path("scheduled_start_time").asText()).isEqualTo("2026-11-17T16:00:00Z");
      assertThat(patch.path("scheduled_end_time").asText()).isEqualTo("2026-11-17T17:00:00Z");
      assertThat(patch.has("recurrence_rule") && patch.get("recurrence_rule").isNull()).isTrue();
      assertThat(FIXTURE.discord().scheduledEvents()).hasSize(1);
      assertThat(events().nextMoveOn()).contains(Instant.parse("2026-11-17T17:00:00Z"));

      // An occurrence someone started and ended in Discord keeps its event; the next gets a new
      // one.
      ObjectNode event = FIXTURE.discord().scheduledEvent(eventId).orElseThrow();
      event.put("status", 3);
      FIXTURE.clock().set(Instant.parse("2026-11-17T17:00:00Z"));
      events().moveOnIfDue(FIXTURE.catalogue(), FIXTURE.clock().instant());

      assertThat(FIXTURE.discord().requests("POST", EVENTS)).hasSize(2);
      assertThat(stored().get("call").eventId()).isNotEqualTo(eventId);
      assertThat(
              FIXTURE
                  .discord()
                  .scheduledEvent(stored().get("call").eventId())
                  .orElseThrow()
                  .path("scheduled_start_time")
                  .asText())
          .isEqualTo("2026-11-24T16:00:00Z");
      assertThat(log.lines().stream().filter(l -> l.contains("a series Discord cannot repeat")))
          .singleElement()
          .satisfies(l -> assertThat(l).contains("call").contains("exdates"));
    }
  }

  private static String sorted(JsonNode body) throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(mapper.treeToValue(body, Object.class));
  }
}
