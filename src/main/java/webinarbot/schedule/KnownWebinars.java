package webinarbot.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import webinarbot.domain.Webinar;
import webinarbot.storage.Jdbc;

/**
 * What the bot last acted on, per webinar, kept in the database ({@code webinarbot_webinar}) and
 * mirrored in memory: the page as it was, when it was first seen, and whether it was removed. A
 * fresh load is diffed against this, so edits made while the bot was down are noticed too.
 */
public final class KnownWebinars {
  /** One webinar as last seen. */
  public record Known(Webinar webinar, Instant firstSeen, Optional<Instant> removedAt) {
    boolean isActive() {
      return removedAt.isEmpty();
    }
  }

  private final Jdbc jdbc;
  private final Map<String, Known> byId = new ConcurrentHashMap<>();

  private KnownWebinars(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public static KnownWebinars load(DataSource ds) {
    KnownWebinars k = new KnownWebinars(new Jdbc(ds));
    k.jdbc
        .query(
            "SELECT webinar_id, first_seen, removed_at, snapshot FROM webinarbot_webinar",
            rs ->
                new Known(
                    WebinarSnapshot.read(rs.getString("snapshot")),
                    Instant.ofEpochMilli(rs.getLong("first_seen")),
                    Optional.ofNullable(Jdbc.nullableLong(rs, "removed_at"))
                        .map(Instant::ofEpochMilli)))
        .forEach(known -> k.byId.put(known.webinar().id(), known));
    return k;
  }

  public Optional<Known> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The last version seen of a webinar, also after its page was removed. */
  public Optional<Webinar> lastVersion(String id) {
    return get(id).map(Known::webinar);
  }

  /**
   * The version of a page last recorded by any replica, read from the database now, with its first
   * sighting; empty if removed or never seen.
   */
  public Optional<Known> stored(String id) {
    return jdbc
        .query(
            "SELECT first_seen, snapshot FROM webinarbot_webinar"
                + " WHERE webinar_id = ? AND removed_at IS NULL",
            rs ->
                new Known(
                    WebinarSnapshot.read(rs.getString("snapshot")),
                    Instant.ofEpochMilli(rs.getLong("first_seen")),
                    Optional.empty()),
            id)
        .stream()
        .findFirst();
  }

  /** When each webinar was first seen, for the planner's catch-up rule. */
  public Map<String, Instant> firstSeen() {
    Map<String, Instant> m = new HashMap<>();
    byId.forEach((id, k) -> m.put(id, k.firstSeen()));
    return m;
  }

  /** Every webinar known, removed ones included; a live view, not a copy. */
  public java.util.Collection<Known> all() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  /**
   * True when {@code w} is what is known for its id. An equal page read again replaces the known
   * instance, so the next comparison is one of identity, not of every field of 10,000 pages.
   */
  @SuppressWarnings("ReferenceEquality") // identity first, on purpose: see above
  boolean isUnchanged(Webinar w) {
    Known k = byId.get(w.id());
    if (k == null || !k.isActive()) {
      return false;
    }
    if (k.webinar() == w) {
      return true;
    }
    if (!k.webinar().equals(w)) {
      return false;
    }
    byId.replace(w.id(), k, new Known(w, k.firstSeen(), k.removedAt()));
    return true;
  }

  /**
   * Records the current version of pages, in one transaction; a page keeps its first sighting.
   * Pages equal to what is known are not written again.
   */
  public void remember(List<Webinar> webinars, Instant at) {
    // Kept in memory as the database keeps it, to the millisecond.
    Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Webinar w : webinars) {
      if (isUnchanged(w)) {
        continue;
      }
      Known old = byId.get(w.id());
      String json = WebinarSnapshot.write(w);
      if (old == null) {
        inserts.add(new Object[] {w.id(), now.toEpochMilli(), w.revision(), json});
      } else {
        updates.add(new Object[] {w.revision(), json, w.id()});
      }
      byId.put(w.id(), new Known(w, old == null ? now : old.firstSeen(), Optional.empty()));
    }
    try {
      jdbc.batch(INSERT, inserts);
    } catch (Jdbc.StorageFailure e) {
      // Another replica saw the same new pages first: insert what is still missing one by one.
      updates.addAll(insertMissing(inserts));
    }
    jdbc.batch(UPDATE, updates);
  }

  private static final String INSERT =
      "INSERT INTO webinarbot_webinar (webinar_id, first_seen, revision, removed_at, snapshot)"
          + " VALUES (?, ?, ?, NULL, ?)";
  private static final String UPDATE =
      "UPDATE webinarbot_webinar SET revision = ?, removed_at = NULL, snapshot = ?"
          + " WHERE webinar_id = ?";

  /**
   * Inserts the rows no replica has written yet; for the others, takes the first sighting the
   * database has (so every replica plans catch-ups alike) and returns their updates.
   */
  private List<Object[]> insertMissing(List<Object[]> inserts) {
    List<Object[]> updates = new ArrayList<>();
    for (Object[] row : inserts) {
      if (jdbc.insertIfAbsent(INSERT, row)) {
        continue;
      }
      String id = (String) row[0];
      updates.add(new Object[] {row[2], row[3], id});
      jdbc
          .query(
              "SELECT first_seen FROM webinarbot_webinar WHERE webinar_id = ?",
              rs -> Instant.ofEpochMilli(rs.getLong(1)),
              id)
          .stream()
          .findFirst()
          .ifPresent(
              seen ->
                  byId.computeIfPresent(
                      id, (k, v) -> new Known(v.webinar(), seen, Optional.empty())));
    }
    return updates;
  }

  public void markRemoved(String id, Instant now) {
    jdbc.update(
        "UPDATE webinarbot_webinar SET removed_at = ? WHERE webinar_id = ?",
        now.toEpochMilli(),
        id);
    byId.computeIfPresent(id, (k, v) -> new Known(v.webinar(), v.firstSeen(), Optional.of(now)));
  }
}
