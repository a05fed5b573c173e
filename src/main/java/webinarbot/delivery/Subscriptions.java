package webinarbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.storage.Jdbc;

/**
 * Who wants a personal reminder of which talk ({@code webinarbot_subscription}). It holds the
 * platform, the user id, the webinar and when they asked, and nothing else; a talk's rows go 7 days
 * after it ends ({@link #expire}).
 */
public final class Subscriptions {
  private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

  /** How long after a talk its subscriptions are kept. */
  public static final Duration KEPT_AFTER_THE_TALK = Duration.ofDays(7);

  private final Jdbc jdbc;
  private final Clock clock;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  public Subscriptions(DataSource ds, Clock clock) {
    this.jdbc = new Jdbc(ds);
    this.clock = clock;
  }

  /**
   * Calls {@code listener} with a talk's id after someone is added to or taken off its list (so the
   * number on its announcements can follow). Closing the result stops the calls.
   */
  public AutoCloseable onChange(Consumer<String> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private boolean changed(boolean changed, String webinarId) {
    if (changed) {
      for (Consumer<String> l : listeners) {
        try {
          l.accept(webinarId);
        } catch (RuntimeException e) {
          // The subscription itself is made; what follows from it must not undo the answer.
          LOG.warn("after a change of {}'s subscribers: {}", webinarId, e.toString());
        }
      }
    }
    return changed;
  }

  /** Adds {@code who} to the talk's list; false if they were on it already. */
  public boolean subscribe(Subscriber who, String webinarId) {
    return changed(insert(who, webinarId), webinarId);
  }

  private boolean insert(Subscriber who, String webinarId) {
    return jdbc.insertIfAbsent(
        "INSERT INTO webinarbot_subscription (webinar_id, platform, user_id, subscribed_at)"
            + " VALUES (?, ?, ?, ?)",
        webinarId,
        who.platform(),
        who.userId(),
        clock.millis());
  }

  /** Takes {@code who} off the talk's list; false if they were not on it. */
  public boolean unsubscribe(Subscriber who, String webinarId) {
    return changed(
        jdbc.update(
                "DELETE FROM webinarbot_subscription WHERE webinar_id = ? AND platform = ?"
                    + " AND user_id = ?",
                webinarId,
                who.platform(),
                who.userId())
            > 0,
        webinarId);
  }

  public boolean isSubscribed(Subscriber who, String webinarId) {
    return !jdbc.query(
            "SELECT 1 FROM webinarbot_subscription WHERE webinar_id = ? AND platform = ?"
                + " AND user_id = ?",
            rs -> 1,
            webinarId,
            who.platform(),
            who.userId())
        .isEmpty();
  }

  /** The ids of the talks {@code who} asked to be reminded of, in the order they asked. */
  public List<String> of(Subscriber who) {
    return jdbc.query(
        "SELECT webinar_id FROM webinarbot_subscription WHERE platform = ? AND user_id = ?"
            + " ORDER BY subscribed_at, webinar_id",
        rs -> rs.getString(1),
        who.platform(),
        who.userId());
  }

  /** Everyone on the talk's list, in the order they asked. */
  public List<Subscriber> subscribers(String webinarId) {
    return jdbc.query(
        "SELECT platform, user_id FROM webinarbot_subscription WHERE webinar_id = ?"
            + " ORDER BY subscribed_at, platform, user_id",
        rs -> new Subscriber(rs.getString(1), rs.getString(2)),
        webinarId);
  }

  /** Every talk's subscribers, in the order they asked: one query for a whole plan. */
  public Map<String, List<Subscriber>> audience() {
    Map<String, List<Subscriber>> out = new HashMap<>();
    jdbc.query(
        "SELECT webinar_id, platform, user_id FROM webinarbot_subscription"
            + " ORDER BY subscribed_at, platform, user_id",
        rs -> {
          out.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
              .add(new Subscriber(rs.getString(2), rs.getString(3)));
          return null;
        });
    return out;
  }

  /** The talks someone subscribed to at or after {@code since}, to plan their reminders. */
  public Set<String> subscribedSince(Instant since) {
    return Set.copyOf(
        jdbc.query(
            "SELECT DISTINCT webinar_id FROM webinarbot_subscription WHERE subscribed_at >= ?",
            rs -> rs.getString(1),
            since.toEpochMilli()));
  }

  /** How many want a reminder of the talk. */
  public int count(String webinarId) {
    return jdbc.query(
            "SELECT COUNT(*) FROM webinarbot_subscription WHERE webinar_id = ?",
            rs -> rs.getInt(1),
            webinarId)
        .get(0);
  }

  /** The ids of every talk someone asked about. */
  public Set<String> webinars() {
    return Set.copyOf(
        jdbc.query(
            "SELECT DISTINCT webinar_id FROM webinarbot_subscription", rs -> rs.getString(1)));
  }

  /** Deletes everything {@code who} asked for ({@code /webinars forget-me}); returns how many. */
  public int forget(Subscriber who) {
    List<String> talks = of(who);
    int deleted =
        jdbc.update(
            "DELETE FROM webinarbot_subscription WHERE platform = ? AND user_id = ?",
            who.platform(),
            who.userId());
    talks.forEach(id -> changed(deleted > 0, id));
    return deleted;
  }

  /**
   * Deletes the subscriptions of talks that ended {@link #KEPT_AFTER_THE_TALK} ago or more, and of
   * talks no longer in the catalogue that were asked for that long ago. Returns how many rows went.
   */
  public int expire(Supplier<Catalogue> catalogue) {
    Instant now = clock.instant();
    Catalogue c = catalogue.get();
    int deleted = 0;
    for (String id : webinars()) {
      boolean gone =
          c.find(id).map(w -> isLongOver(w, now)).orElse(false)
              || (c.find(id).isEmpty() && askedLongAgo(id, now));
      if (gone) {
        deleted += jdbc.update("DELETE FROM webinarbot_subscription WHERE webinar_id = ?", id);
      }
    }
    return deleted;
  }

  /** A series is long over once its last occurrence is. */
  private static boolean isLongOver(Webinar w, Instant now) {
    Instant then = now.minus(KEPT_AFTER_THE_TALK);
    return w.current(then).time().isOver(then);
  }

  private boolean askedLongAgo(String webinarId, Instant now) {
    return jdbc.query(
                "SELECT MAX(subscribed_at) FROM webinarbot_subscription WHERE webinar_id = ?",
                rs -> rs.getLong(1),
                webinarId)
            .get(0)
        <= now.minus(KEPT_AFTER_THE_TALK).toEpochMilli();
  }
}
