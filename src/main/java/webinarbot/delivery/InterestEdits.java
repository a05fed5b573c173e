package webinarbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * Keeps "N people want a reminder" on each posted announcement up to date, edited in place through
 * the same path as page edits, at most once a minute per message: Discord allows few edits of a
 * crossposted message an hour and Slack rate-limits {@code chat.update}. A change within a
 * message's minute waits for its end and is folded together with any that follow; the number is
 * always recomputed from the subscriptions, so nothing pending is lost across a restart.
 */
public final class InterestEdits {
  private static final Logger LOG = LoggerFactory.getLogger(InterestEdits.class);

  /** The least time between two edits of one message. */
  public static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);

  private final DeliveryService delivery;
  private final Supplier<Catalogue> catalogue;
  private final Interest interest;
  private final ShownInterest shown;
  private final Clock clock;

  /** Talks whose announcements may show an old number. */
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  private final List<Source> sources = new CopyOnWriteArrayList<>();

  /** Somewhere else people show interest, asked now and then which talks' numbers changed. */
  private static final class Source {
    final Consumer<Consumer<String>> refresh;
    final Duration period;
    private Instant next = Instant.MIN;

    Source(Consumer<Consumer<String>> refresh, Duration period) {
      this.refresh = refresh;
      this.period = period;
    }

    /** True once a period, by the clock: then the next one starts. */
    synchronized boolean due(Instant now) {
      if (now.isBefore(next)) {
        return false;
      }
      next = now.plus(period);
      return true;
    }
  }

  public InterestEdits(
      DeliveryService delivery,
      DataSource ds,
      Supplier<Catalogue> catalogue,
      Interest interest,
      Clock clock) {
    this.delivery = delivery;
    this.catalogue = catalogue;
    this.interest = interest;
    this.shown = new ShownInterest(ds);
    this.clock = clock;
    delivery.countInterest(interest);
  }

  /** The number for a talk may have changed: its announcements are edited now or when due. */
  public void changed(String webinarId) {
    check(webinarId);
  }

  /**
   * After a start: every talk someone is interested in, or whose posts show a number, is checked,
   * so a change made while the bot was down reaches its posts.
   */
  public void recover() {
    pending.addAll(interest.webinars());
    pending.addAll(shown.webinars());
    due();
  }

  /**
   * Also asks {@code refresh} every {@code period} (by the clock, from {@link #due}) which talks'
   * numbers changed elsewhere, such as Discord's "Interested" on scheduled events.
   */
  public InterestEdits alsoAsking(Consumer<Consumer<String>> refresh, Duration period) {
    sources.add(new Source(refresh, period));
    return this;
  }

  /** Edits whatever became due: runs every few seconds; tests move the clock and call it. */
  public void due() {
    Instant now = clock.instant();
    for (Source s : sources) {
      if (s.due(now)) {
        try {
          s.refresh.accept(pending::add);
        } catch (RuntimeException e) {
          LOG.warn("cannot learn who else is interested: {}", e.toString());
        }
      }
    }
    Set.copyOf(pending).forEach(this::check);
  }

  /** Talks waiting for a message's minute to end. */
  public Set<String> pending() {
    return Set.copyOf(pending);
  }

  private void check(String webinarId) {
    // Removed first: a change arriving meanwhile runs its own check, which adds it back if due
    // later.
    pending.remove(webinarId);
    try {
      if (!upToDate(webinarId)) {
        pending.add(webinarId);
      }
    } catch (RuntimeException e) {
      pending.add(webinarId);
      LOG.warn("cannot update the interest shown for {} yet: {}", webinarId, e.getMessage());
    }
  }

  /** Runs {@link #due} every {@code period} until closed. */
  public AutoCloseable every(Duration period) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "interest-edits");
              t.setDaemon(true);
              return t;
            });
    var unused =
        timer.scheduleWithFixedDelay(
            this::due, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return timer::shutdownNow;
  }

  /**
   * Edits each announcement of the talk whose number is old and whose minute is over; true when
   * none is left waiting.
   */
  private synchronized boolean upToDate(String webinarId) {
    Optional<Webinar> w = catalogue.get().find(webinarId);
    Instant now = clock.instant();
    if (w.isEmpty() || w.get().time().isOver(now)) {
      return true;
    }
    int count = interest.count(webinarId);
    boolean done = true;
    for (LedgerEntry e : delivery.ledger().forWebinar(webinarId)) {
      if (!e.key().kind().equals(PostKind.ANNOUNCEMENT)
          || e.status() != DeliveryStatus.SENT
          || e.messageId().isEmpty()
          || !delivery.posts(e.key().target())) {
        continue;
      }
      Target t = e.key().target();
      String message = e.messageId().get();
      Optional<ShownInterest.Shown> before = shown.find(t, message);
      if (before.map(ShownInterest.Shown::count).orElse(0) == count) {
        continue;
      }
      if (before.isPresent() && now.isBefore(before.get().editedAt().plus(AT_MOST_EVERY))) {
        done = false;
        continue;
      }
      if (shown.claim(t, message, webinarId, before, count, now)) {
        // The edit task logs and records its own outcome, as for a page edit.
        var unused = delivery.editInterest(e, w.get(), count);
      }
    }
    return done;
  }
}
