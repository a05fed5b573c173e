package webinarbot.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import webinarbot.domain.PostKind;
import webinarbot.storage.Jdbc;

/**
 * The delivery ledger in the database: every post is claimed here before it is sent and confirmed
 * here after, so no crash, restart or second replica posts twice, and nothing is lost silently.
 */
public final class DeliveryLedger {
  private static final String TABLE = "webinarbot_delivery";
  private static final String KEY_WHERE =
      " WHERE webinar_id = ? AND kind = ? AND target = ? AND revision = ?";
  private static final String COLUMNS =
      "webinar_id, kind, target, revision, status, content_revision, message_id, changes,"
          + " scheduled_at, deadline, attempts, detail, owner, updated_at, thread_id";

  private final Jdbc jdbc;
  private final Clock clock;
  private final String owner;

  /**
   * @param owner this bot instance, recorded on the rows it claims
   */
  public DeliveryLedger(DataSource ds, Clock clock, String owner) {
    this.jdbc = new Jdbc(ds);
    this.clock = clock;
    this.owner = owner;
  }

  public String owner() {
    return owner;
  }

  /**
   * Claims a delivery: inserts it as pending. False when the row exists already, which is how two
   * racers learn that only one of them may post.
   */
  public boolean claim(Delivery d, Target target) {
    DeliveryKey k = d.key(target);
    long now = clock.millis();
    return jdbc.insertIfAbsent(
        "INSERT INTO "
            + TABLE
            + " (webinar_id, kind, target, revision, delivery_key, status, content_revision,"
            + " changes, scheduled_at, deadline, attempts, owner, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        k.webinarId(),
        k.kind().code(),
        k.target().key(),
        k.revision(),
        k.token(),
        DeliveryStatus.PENDING.code(),
        d.contentRevision(),
        ChangesJson.write(d.changes()),
        d.scheduledAt().toEpochMilli(),
        d.deadline().map(Instant::toEpochMilli).orElse(null),
        owner,
        now,
        now);
  }

  /**
   * Claims a delivery that was closed without a post (failed or skipped) for another try; only one
   * racer's update matches.
   */
  public boolean reclaim(Delivery d, Target target) {
    return update(
            d.key(target),
            "status = ?, content_revision = ?, changes = ?, scheduled_at = ?, deadline = ?,"
                + " attempts = 0, detail = NULL, owner = ?",
            " AND status IN ('failed', 'skipped')",
            DeliveryStatus.PENDING.code(),
            d.contentRevision(),
            ChangesJson.write(d.changes()),
            d.scheduledAt().toEpochMilli(),
            d.deadline().map(Instant::toEpochMilli).orElse(null),
            owner)
        == 1;
  }

  /** Records a delivery that will not be made, with the reason; an existing row is kept. */
  public boolean recordSkipped(Delivery d, Target target, String reason) {
    if (!claim(d, target)) {
      return false;
    }
    markSkipped(d.key(target), reason);
    return true;
  }

  /**
   * A send call is about to start: after a crash from here on, ask the platform. False when the row
   * is no longer this instance's (a replica adopted it, taking this one for dead): then this
   * instance must not send.
   */
  public boolean markSending(DeliveryKey k, int attempt) {
    return updateWhere(
            k,
            "status = ?, attempts = ?",
            new Object[] {DeliveryStatus.SENDING.code(), attempt},
            " AND owner = ? AND status IN ('pending', 'sending')",
            owner)
        == 1;
  }

  public void markSent(DeliveryKey k, String messageId) {
    markSent(k, messageId, Optional.empty());
  }

  /**
   * @param threadId the thread the message is in ({@link LedgerEntry#threadId}), empty at channel
   *     level
   */
  public void markSent(DeliveryKey k, String messageId, Optional<String> threadId) {
    update(
        k,
        "status = ?, message_id = ?, detail = NULL, thread_id = ?",
        "",
        DeliveryStatus.SENT.code(),
        messageId,
        threadId.orElse(null));
  }

  public void markFailed(DeliveryKey k, String reason) {
    update(k, "status = ?, detail = ?", "", DeliveryStatus.FAILED.code(), clip(reason));
  }

  public void markSkipped(DeliveryKey k, String reason) {
    update(k, "status = ?, detail = ?", "", DeliveryStatus.SKIPPED.code(), clip(reason));
  }

  /** The posted message now shows {@code contentRevision}; a failed edit keeps its reason. */
  public void markEdited(DeliveryKey k, String contentRevision, Optional<String> problem) {
    update(
        k,
        "content_revision = ?, detail = ?",
        "",
        contentRevision,
        problem.map(DeliveryLedger::clip).orElse(null));
  }

  /**
   * Claims the edit of a posted message to show {@code contentRevision}: true for exactly one
   * caller per message and revision, whichever replica it runs on. False when the message shows
   * that revision already or another caller claimed the edit.
   */
  public boolean claimEdit(DeliveryKey k, String contentRevision) {
    return updateWhere(
            k,
            "edit_revision = ?",
            new Object[] {contentRevision},
            " AND status = 'sent' AND content_revision <> ?"
                + " AND (edit_revision IS NULL OR edit_revision <> ?)",
            contentRevision,
            contentRevision)
        == 1;
  }

  public Optional<LedgerEntry> find(DeliveryKey k) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM " + TABLE + KEY_WHERE,
            DeliveryLedger::entry,
            k.webinarId(),
            k.kind().code(),
            k.target().key(),
            k.revision())
        .stream()
        .findFirst();
  }

  /** Every row about one webinar. */
  public List<LedgerEntry> forWebinar(String webinarId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE webinar_id = ?",
        DeliveryLedger::entry,
        webinarId);
  }

  /** Every row about these webinars, in one query per hundred of them. */
  public List<LedgerEntry> forWebinars(java.util.Collection<String> webinarIds) {
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(webinarIds));
    List<LedgerEntry> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 100) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
      out.addAll(
          jdbc.query(
              "SELECT "
                  + COLUMNS
                  + " FROM "
                  + TABLE
                  + " WHERE webinar_id IN ("
                  + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                  + ")",
              DeliveryLedger::entry,
              chunk.toArray()));
    }
    return out;
  }

  /** Every row, for planning many webinars at once. */
  public List<LedgerEntry> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE, DeliveryLedger::entry);
  }

  /** Pending and sending rows: deliveries claimed and not yet finished, by any instance. */
  public List<LedgerEntry> open() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE status IN ('pending', 'sending')",
        DeliveryLedger::entry);
  }

  /**
   * Takes over, in one statement, every open row of {@code deadOwner} not updated since {@code
   * olderThan}; returns how many. Of two survivors sweeping at once, the first takes them all and
   * the other none: the platform's limit is the bot's, and one adopter sending at full pace beats
   * two slowing each other down on it.
   */
  public int adoptAll(String deadOwner, Instant olderThan) {
    return jdbc.update(
        "UPDATE "
            + TABLE
            + " SET owner = ?, updated_at = ? WHERE owner = ? AND status IN ('pending', 'sending')"
            + " AND updated_at < ?",
        owner,
        clock.millis(),
        deadOwner,
        olderThan.toEpochMilli());
  }

  /** Takes over an open row of a replica that died; false if someone else did first. */
  public boolean adopt(LedgerEntry e) {
    return updateWhere(
            e.key(),
            "owner = ?",
            new Object[] {owner},
            " AND status = ? AND updated_at = ?",
            e.status().code(),
            e.updatedAt().toEpochMilli())
        == 1;
  }

  private int update(DeliveryKey k, String set, String extraWhere, Object... values) {
    return updateWhere(k, set, values, extraWhere);
  }

  /** Runs {@code UPDATE … SET set WHERE key extraWhere}; {@code whereValues} fill extraWhere. */
  private int updateWhere(
      DeliveryKey k, String set, Object[] setValues, String extraWhere, Object... whereValues) {
    List<Object> params = new ArrayList<>(Arrays.asList(setValues));
    params.add(clock.millis());
    params.addAll(List.of(k.webinarId(), k.kind().code(), k.target().key(), k.revision()));
    params.addAll(Arrays.asList(whereValues));
    return jdbc.update(
        "UPDATE " + TABLE + " SET " + set + ", updated_at = ?" + KEY_WHERE + extraWhere,
        params.toArray());
  }

  private static String clip(String reason) {
    return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
  }

  private static LedgerEntry entry(ResultSet rs) throws SQLException {
    String[] target = rs.getString("target").split(":", 2);
    DeliveryKey key =
        new DeliveryKey(
            rs.getString("webinar_id"),
            PostKind.parse(rs.getString("kind"))
                .orElseThrow(() -> new SQLException("unknown kind in the ledger")),
            new Target(target[0], target.length > 1 ? target[1] : ""),
            rs.getString("revision"));
    Long deadline = Jdbc.nullableLong(rs, "deadline");
    return new LedgerEntry(
        key,
        DeliveryStatus.fromCode(rs.getString("status")),
        rs.getString("content_revision"),
        Optional.ofNullable(rs.getString("message_id")),
        ChangesJson.read(rs.getString("changes")),
        Instant.ofEpochMilli(rs.getLong("scheduled_at")),
        Optional.ofNullable(deadline).map(Instant::ofEpochMilli),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("detail")),
        rs.getString("owner"),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        Optional.ofNullable(rs.getString("thread_id")));
  }
}
