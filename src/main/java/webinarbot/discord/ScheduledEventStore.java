package webinarbot.discord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Which Discord scheduled event belongs to which webinar in which server, in the table of {@code
 * db/migration/100_discord_scheduled_events.sql}.
 */
public final class ScheduledEventStore {
  /** One row: the event made for a webinar, and the fingerprint of what it was made from. */
  public record Row(String guildId, String webinarId, String eventId, String fingerprint) {}

  private final DataSource dataSource;

  public ScheduledEventStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The rows of one server, by webinar id. */
  public Map<String, Row> inGuild(String guildId) {
    String sql =
        "SELECT webinar_id, event_id, fingerprint FROM discord_scheduled_events"
            + " WHERE guild_id = ? ORDER BY webinar_id";
    Map<String, Row> rows = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, guildId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(
              r.getString(1), new Row(guildId, r.getString(1), r.getString(2), r.getString(3)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("reading scheduled events of server " + guildId, e);
    }
  }

  /** Records the event of a webinar, replacing any earlier one. */
  public void save(Row row, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        delete(c, row.guildId(), row.webinarId());
        String sql =
            "INSERT INTO discord_scheduled_events"
                + " (guild_id, webinar_id, event_id, fingerprint, updated_at) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setString(1, row.guildId());
          s.setString(2, row.webinarId());
          s.setString(3, row.eventId());
          s.setString(4, row.fingerprint());
          s.setTimestamp(5, Timestamp.from(at));
          s.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("saving the scheduled event of " + row.webinarId(), e);
    }
  }

  public void remove(String guildId, String webinarId) {
    try (Connection c = dataSource.getConnection()) {
      delete(c, guildId, webinarId);
    } catch (SQLException e) {
      throw new StoreException("forgetting the scheduled event of " + webinarId, e);
    }
  }

  private static void delete(Connection c, String guildId, String webinarId) throws SQLException {
    String sql = "DELETE FROM discord_scheduled_events WHERE guild_id = ? AND webinar_id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, guildId);
      s.setString(2, webinarId);
      s.executeUpdate();
    }
  }

  /** The database failed; the sync of that server stops and is retried on the next reload. */
  public static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String doing, SQLException cause) {
      super(doing + ": " + cause.getMessage(), cause);
    }
  }
}
