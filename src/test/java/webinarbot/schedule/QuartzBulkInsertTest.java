package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.storage.Database;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/** Many new triggers at once are written in bulk; Quartz must not be able to tell. */
class QuartzBulkInsertTest {
  /** Two talks whose hour reminders come due in seconds, and 150 far ahead: 600 triggers. */
  private static List<Webinar> talks(Instant now) {
    List<Webinar> all = new ArrayList<>();
    all.add(TestWebinars.startingAt("soon", now.plus(Duration.ofHours(1)).plusSeconds(3)).build());
    all.add(
        TestWebinars.startingAt("sooner-but-bulk", now.plus(Duration.ofHours(1)).plusSeconds(4))
            .build());
    for (int i = 0; i < 150; i++) {
      all.add(TestWebinars.startingAt("later" + i, now.plus(Duration.ofDays(20 + i))).build());
    }
    return all;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenSixHundredNewTriggers_whenWrittenInBulk_thenRowsMatchQuartzsOwnAndTheyFire(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
      List<Webinar> talks = talks(now);
      h.previouslySeen(now.minus(Duration.ofDays(30)), talks.toArray(Webinar[]::new));

      h.start(talks.toArray(Webinar[]::new));

      Map<String, Map<String, Object>> rows = rows(h);
      assertThat(rows).hasSize(2 * 2 + 150 * 4);
      // The earliest trigger goes through Quartz's API (to wake its thread); compare the rest to
      // it.
      Map<String, Object> viaApi = rows.get("w:soon reminder-1h");
      Map<String, Object> inBulk = rows.get("w:sooner-but-bulk reminder-1h");
      for (String column : viaApi.keySet()) {
        if (!List.of(
                "TRIGGER_NAME",
                "TRIGGER_GROUP",
                "DESCRIPTION",
                "NEXT_FIRE_TIME",
                "START_TIME",
                "TRIGGER_STATE")
            .contains(column)) {
          assertThat(inBulk.get(column)).as(column).isEqualTo(viaApi.get(column));
        }
      }
      assertThat(inBulk.get("DESCRIPTION")).isEqualTo("sooner-but-bulk");
      // The API's trigger may already be taken by Quartz's thread (ACQUIRED); both start WAITING.
      assertThat(rows.get("w:later0 starting").get("TRIGGER_STATE")).isEqualTo("WAITING");
      await().atMost(Duration.ofSeconds(20)).until(() -> h.channel.messages().size() == 2);
      assertThat(h.channel.messages())
          .extracting(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
          .containsExactly("soon reminder-1h", "sooner-but-bulk reminder-1h");
    }
  }

  /** Every trigger row, by {@code GROUP KIND}, with blobs as text and columns upper-cased. */
  private static Map<String, Map<String, Object>> rows(ScheduleHarness h) throws Exception {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    try (Database db = Database.open(h.storage(), h.clock);
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM QRTZ_TRIGGERS")) {
      ResultSetMetaData m = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          if (v instanceof java.sql.Blob blob) {
            v = blob.getBytes(1, (int) blob.length());
          }
          row.put(
              m.getColumnName(i).toUpperCase(java.util.Locale.ROOT),
              v instanceof byte[] b ? Arrays.toString(b) : v);
        }
        String name = (String) row.get("TRIGGER_NAME");
        out.put(row.get("TRIGGER_GROUP") + " " + name.substring(0, name.indexOf('@')), row);
      }
    }
    return out;
  }
}
