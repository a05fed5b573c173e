package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

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
import webinarbot.testing.LogCapture;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/** Many new triggers at once are written in bulk; Quartz must not be able to tell. */
class QuartzBulkInsertTest {
  /**
   * 150 talks a minute apart, 25 hours ahead and more, within the plan's horizon with their 1d, 1h
   * and starting reminders (their 7d one is skipped as missed): 450 posts, most at an instant of
   * their own.
   */
  private static List<Webinar> later(Instant now) {
    List<Webinar> all = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      all.add(
          TestWebinars.startingAt("later" + i, now.plus(Duration.ofHours(25).plusMinutes(i)))
              .build());
    }
    return all;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenSixHundredNewPosts_whenWrittenInBulk_thenTriggerRowsMatchQuartzsOwn(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
      List<Webinar> talks = later(now);
      h.previouslySeen(now.minus(Duration.ofDays(30)), talks.toArray(Webinar[]::new));

      h.start(talks.toArray(Webinar[]::new));

      assertThat(h.scheduler().pending("later0")).hasSize(3);
      Map<Instant, Map<String, Object>> rows = rows(h);
      // Talks a minute apart: the 1h reminder of one is due as the talk an hour before it starts
      // (90 of them), and posts due at one instant share a trigger: 3 × 150 − 90 instants.
      assertThat(rows).hasSize(3 * 150 - 90);
      // The earliest trigger goes through Quartz's API (to wake its thread); compare the rest to
      // it.
      Instant first = now.plus(Duration.ofHours(1));
      Map<String, Object> viaApi = rows.get(first);
      Map<String, Object> inBulk = rows.get(first.plus(Duration.ofMinutes(1)));
      for (String column : viaApi.keySet()) {
        if (!List.of("TRIGGER_NAME", "NEXT_FIRE_TIME", "START_TIME").contains(column)) {
          assertThat(inBulk.get(column)).as(column).isEqualTo(viaApi.get(column));
        }
      }
      assertThat(inBulk.get("TRIGGER_STATE")).isEqualTo("WAITING");
      assertThat(inBulk.get("NEXT_FIRE_TIME")).isEqualTo(inBulk.get("START_TIME"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenOverduePostsAmongSixHundredNew_whenWrittenInBulk_thenQuartzFiresEveryOne(
      TestDatabases.Kind kind) throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = ScheduleHarness.onQuartz(kind)) {
      Instant now = Clock.systemUTC().instant();
      List<Webinar> talks = later(now);
      // Sixty 1h reminders ten minutes overdue: planned now, three triggers, two of them in bulk.
      for (int i = 0; i < 60; i++) {
        talks.add(TestWebinars.startingAt("soon" + i, now.plus(Duration.ofMinutes(50))).build());
      }
      h.previouslySeen(now.minus(Duration.ofDays(30)), talks.toArray(Webinar[]::new));

      h.start(talks.toArray(Webinar[]::new));
      h.awaitFired();

      assertThat(h.channel.messages())
          .extracting(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
          .hasSize(60)
          .doesNotHaveDuplicates()
          .allMatch(p -> p.startsWith("soon") && p.endsWith(" reminder-1h"));
      // The soon ones' 7d and 1d reminders, and the later ones' 7d.
      assertThat(log.lines()).filteredOn(l -> l.contains("skipped reminder-")).hasSize(120 + 150);
    }
  }

  /** Every trigger row, by its instant, with blobs as text and columns upper-cased. */
  private static Map<Instant, Map<String, Object>> rows(ScheduleHarness h) throws Exception {
    Map<Instant, Map<String, Object>> out = new LinkedHashMap<>();
    try (Database db = Database.open(h.storage(), h.clock);
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'due'")) {
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
        out.put(Instant.ofEpochMilli(((Number) row.get("NEXT_FIRE_TIME")).longValue()), row);
      }
    }
    return out;
  }
}
