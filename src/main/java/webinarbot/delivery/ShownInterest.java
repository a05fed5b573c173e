package webinarbot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import webinarbot.storage.Jdbc;

/**
 * The number each posted announcement shows and when it was last edited to show it ({@code
 * webinarbot_interest_shown}): the throttle's memory, kept in the database so it holds across
 * restarts and replicas.
 */
final class ShownInterest {
  /** What a message shows, since when. */
  record Shown(int count, Instant editedAt) {}

  private final Jdbc jdbc;

  ShownInterest(DataSource ds) {
    this.jdbc = new Jdbc(ds);
  }

  Optional<Shown> find(Target t, String messageId) {
    List<Shown> rows =
        jdbc.query(
            "SELECT shown, edited_at FROM webinarbot_interest_shown"
                + " WHERE platform = ? AND channel_id = ? AND message_id = ?",
            rs -> new Shown(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2))),
            t.platform(),
            t.channel(),
            messageId);
    return rows.stream().findFirst();
  }

  /**
   * Records that the message is being edited to show {@code count} at {@code now}, if what it
   * showed is still {@code before}: false when another replica got there first.
   */
  boolean claim(
      Target t,
      String messageId,
      String webinarId,
      Optional<Shown> before,
      int count,
      Instant now) {
    if (before.isEmpty()) {
      return jdbc.insertIfAbsent(
          "INSERT INTO webinarbot_interest_shown"
              + " (platform, channel_id, message_id, webinar_id, shown, edited_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          t.platform(),
          t.channel(),
          messageId,
          webinarId,
          count,
          now.toEpochMilli());
    }
    return jdbc.update(
            "UPDATE webinarbot_interest_shown SET shown = ?, edited_at = ?"
                + " WHERE platform = ? AND channel_id = ? AND message_id = ? AND edited_at = ?",
            count,
            now.toEpochMilli(),
            t.platform(),
            t.channel(),
            messageId,
            before.get().editedAt().toEpochMilli())
        == 1;
  }

  /** The talks some message shows a number for. */
  Set<String> webinars() {
    return Set.copyOf(
        jdbc.query(
            "SELECT DISTINCT webinar_id FROM webinarbot_interest_shown WHERE shown > 0",
            rs -> rs.getString(1)));
  }
}
