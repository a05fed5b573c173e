package webinarbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import webinarbot.storage.Jdbc;

/**
 * The posts {@link QuartzTimer} holds ({@code webinarbot_pending_post}), each with the name of the
 * {@link DueTrigger} that fires it. Quartz's own rows say when to wake up; these say what to post.
 */
final class PendingPostTable {
  /** A pending post and the trigger that fires it. */
  record Row(PendingPost post, String trigger) {}

  private static final String TABLE = "webinarbot_pending_post";
  private static final String COLUMNS = "webinar_id, kind, revision, due_at, trigger_name";
  private static final int ROWS_PER_STATEMENT = 250;
  private static final int IDS_PER_QUERY = 100;

  private static final Comparator<PendingPost> KEY_ORDER =
      Comparator.comparing(PendingPost::webinarId)
          .thenComparing(PendingPost::kind)
          .thenComparing(PendingPost::revision)
          .thenComparing(PendingPost::at);

  private final Jdbc jdbc;
  private final String schedulerName;

  PendingPostTable(DataSource ds, String schedulerName) {
    this.jdbc = new Jdbc(ds);
    this.schedulerName = schedulerName;
  }

  List<Row> all() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE sched_name = ?",
        PendingPostTable::row,
        schedulerName);
  }

  List<Row> forWebinars(Collection<String> webinarIds) {
    List<Row> out = new ArrayList<>();
    for (List<String> ids : chunks(List.copyOf(new HashSet<>(webinarIds)), IDS_PER_QUERY)) {
      List<Object> params = new ArrayList<>();
      params.add(schedulerName);
      params.addAll(ids);
      out.addAll(
          jdbc.query(
              "SELECT "
                  + COLUMNS
                  + " FROM "
                  + TABLE
                  + " WHERE sched_name = ? AND webinar_id IN ("
                  + marks(ids.size())
                  + ")",
              PendingPostTable::row,
              params.toArray()));
    }
    return out;
  }

  /** The posts a trigger fires. */
  List<PendingPost> firedBy(String trigger) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE sched_name = ? AND trigger_name = ?",
        rs -> row(rs).post(),
        schedulerName,
        trigger);
  }

  /** Forgets what a trigger fired, once it has. */
  void deleteFiredBy(String trigger) {
    jdbc.update(
        "DELETE FROM " + TABLE + " WHERE sched_name = ? AND trigger_name = ?",
        schedulerName,
        trigger);
  }

  /**
   * Deletes in primary-key order: replicas that cancel the same posts at once then lock the rows in
   * the same order and wait for each other instead of deadlocking.
   */
  void delete(Collection<PendingPost> posts) {
    List<Object[]> keys = new ArrayList<>();
    for (PendingPost p : posts.stream().sorted(KEY_ORDER).toList()) {
      keys.add(
          new Object[] {
            schedulerName, p.webinarId(), p.kind(), p.revision(), p.at().toEpochMilli()
          });
    }
    jdbc.batch(
        "DELETE FROM "
            + TABLE
            + " WHERE sched_name = ? AND webinar_id = ? AND kind = ? AND revision = ?"
            + " AND due_at = ?",
        keys);
  }

  /** Which of {@code triggers} still fire some post. */
  Set<String> inUse(Collection<String> triggers) {
    Set<String> out = new HashSet<>();
    for (List<String> names : chunks(List.copyOf(triggers), IDS_PER_QUERY)) {
      List<Object> params = new ArrayList<>();
      params.add(schedulerName);
      params.addAll(names);
      out.addAll(
          jdbc.query(
              "SELECT DISTINCT trigger_name FROM "
                  + TABLE
                  + " WHERE sched_name = ? AND trigger_name IN ("
                  + marks(names.size())
                  + ")",
              rs -> rs.getString(1),
              params.toArray()));
    }
    return out;
  }

  /**
   * Inserts rows in the caller's transaction, many to a statement (H2 and PostgreSQL then parse,
   * lock and log once per chunk instead of once per row, which counts most at a first start).
   */
  void insert(Connection c, List<Row> rows) throws SQLException {
    for (List<Row> chunk : chunks(rows, ROWS_PER_STATEMENT)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + TABLE
                  + " (sched_name, "
                  + COLUMNS
                  + ") VALUES "
                  + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")))) {
        int i = 0;
        for (Row r : chunk) {
          ps.setString(++i, schedulerName);
          ps.setString(++i, r.post().webinarId());
          ps.setString(++i, r.post().kind());
          ps.setString(++i, r.post().revision());
          ps.setLong(++i, r.post().at().toEpochMilli());
          ps.setString(++i, r.trigger());
        }
        ps.executeUpdate();
      }
    }
  }

  private static Row row(java.sql.ResultSet rs) throws SQLException {
    return new Row(
        new PendingPost(
            rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))),
        rs.getString(5));
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      out.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return out;
  }
}
