package webinarbot.discord;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Icon;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.requests.restaction.ScheduledEventAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.DeliveryException;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Keeps one Discord scheduled event per upcoming webinar in each configured server: creates the
 * missing ones, updates those whose page changed, deletes those of webinars removed, cancelled or
 * hidden. Events of webinars that have started are left alone (Discord runs them), and forgotten
 * once the webinar is over. A series gets one recurring event where Discord can repeat it ({@link
 * DiscordRecurrence}), else the event of its next occurrence, moved on once that one is over.
 */
public final class ScheduledEventSync {
  /** What one sync did, for logs and tests. */
  public record Report(int created, int updated, int deleted, List<String> failures) {
    public Report {
      failures = List.copyOf(failures);
    }
  }

  // Discord refuses events more than five years ahead.
  private static final Duration HORIZON = Duration.ofDays(5 * 365 - 2);
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledEventSync.class);

  private final Supplier<Optional<DiscordSession>> session;
  private final List<String> guilds;
  private final ScheduledEventStore store;
  private final EventImages images;
  private final RestCalls calls;

  private volatile Optional<Instant> nextMoveOn = Optional.empty();

  /** The series whose event moves on, said once in the log. */
  private final java.util.Set<String> movedOnSaid =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * @param session the gateway session of this replica; none on a standby replica of a cluster,
   *     which leaves the events to the replica that holds the gateway
   */
  ScheduledEventSync(
      Supplier<Optional<DiscordSession>> session,
      List<String> guilds,
      ScheduledEventStore store,
      EventImages images,
      RestCalls calls) {
    this.session = session;
    this.guilds = List.copyOf(guilds);
    this.store = store;
    this.images = images;
    this.calls = calls;
  }

  /** Brings every configured server's events in line with the catalogue; call after a reload. */
  public synchronized Report sync(Catalogue catalogue, Instant now) {
    Tally tally = new Tally();
    Optional<DiscordSession> current = session.get();
    if (guilds.isEmpty() || current.isEmpty()) {
      return tally.report();
    }
    JDA jda = current.get().jda();
    if (!current.get().readiness().await(calls.timeout())) {
      tally.failures.add("not connected to Discord yet; events are synced once it is");
      return tally.report();
    }
    for (String guildId : guilds) {
      Guild guild = jda.getGuildById(guildId);
      if (guild == null) {
        tally.fail(
            "server " + guildId + ": the bot is not a member; check discord.guilds and the invite");
        continue;
      }
      try {
        syncGuild(guild, catalogue, now, tally);
      } catch (DeliveryException | ScheduledEventStore.StoreException e) {
        tally.fail("server " + guildId + ": " + e.getMessage());
      }
    }
    nextMoveOn = movesOn(catalogue, now);
    Report report = tally.report();
    LOG.info(
        "Discord scheduled events: {} created, {} updated, {} deleted, {} failed",
        report.created(),
        report.updated(),
        report.deleted(),
        report.failures().size());
    return report;
  }

  /**
   * When the event of a series Discord cannot repeat is next to move on: the end of its occurrence
   * in progress or next, the earliest of all such series. Empty when none is waiting.
   */
  public Optional<Instant> nextMoveOn() {
    return nextMoveOn;
  }

  /** Syncs once the time to move an event on has come; called every minute by the module. */
  public void moveOnIfDue(Catalogue catalogue, Instant now) {
    Optional<Instant> due = nextMoveOn;
    if (due.isPresent() && !now.isBefore(due.get())) {
      sync(catalogue, now);
    }
  }

  private static Optional<Instant> movesOn(Catalogue catalogue, Instant now) {
    return catalogue.upcoming(now).stream()
        .filter(w -> w.series().isPresent())
        .filter(w -> DiscordRecurrence.of(w.series().get(), now).rule().isEmpty())
        .map(w -> w.time().effectiveEnd())
        .min(Instant::compareTo);
  }

  private void syncGuild(Guild guild, Catalogue catalogue, Instant now, Tally tally)
      throws DeliveryException {
    Map<String, ScheduledEventStore.Row> stored = store.inGuild(guild.getId());
    Map<String, Webinar> wanted = new LinkedHashMap<>();
    // A series is here as its occurrence in progress or next: left alone while one is on.
    for (Webinar w : catalogue.upcoming(now)) {
      if (!w.time().hasStarted(now) && w.time().startInstant().isBefore(now.plus(HORIZON))) {
        wanted.put(w.id(), w);
      }
    }
    for (Webinar w : wanted.values()) {
      try {
        bring(guild, w, spec(w, now), stored.get(w.id()), now, tally);
      } catch (DeliveryException e) {
        if (e.getCause() instanceof InsufficientPermissionException) {
          throw e;
        }
        tally.fail(w.id() + ": " + e.getMessage());
      }
    }
    for (ScheduledEventStore.Row row : stored.values()) {
      if (!wanted.containsKey(row.webinarId())) {
        retire(guild, row, catalogue.find(row.webinarId()), now, tally);
      }
    }
  }

  /**
   * A one-off talk's event; a series' recurring event where Discord can repeat it, else the event
   * of its next occurrence (said once in the log).
   */
  private ScheduledEventSpec spec(Webinar w, Instant now) {
    if (w.series().isEmpty()) {
      return ScheduledEventSpec.of(w);
    }
    DiscordRecurrence.Decision d = DiscordRecurrence.of(w.series().get(), now);
    if (d.rule().isEmpty() && movedOnSaid.add(w.id())) {
      LOG.info(
          "Discord scheduled events: {} is a series Discord cannot repeat ({}); its event shows"
              + " the next occurrence and is moved on after each",
          w.id(),
          d.whyNot());
    }
    return ScheduledEventSpec.ofSeries(w, w.series().get(), d.rule());
  }

  private void bring(
      Guild guild,
      Webinar w,
      ScheduledEventSpec spec,
      ScheduledEventStore.Row row,
      Instant now,
      Tally tally)
      throws DeliveryException {
    if (row != null && row.fingerprint().equals(spec.fingerprint())) {
      return;
    }
    Optional<ScheduledEvent> existing =
        row == null ? Optional.empty() : retrieve(guild, row.eventId());
    // An occurrence that was started or ended in Discord keeps its event; the next gets a new one.
    if (spec.series().isPresent()
        && existing.isPresent()
        && existing.get().getStatus() != ScheduledEvent.Status.SCHEDULED) {
      existing = Optional.empty();
    }
    String eventId;
    if (existing.isPresent()) {
      eventId =
          spec.series().isPresent()
              ? send(guild, Optional.of(existing.get().getId()), spec)
              : update(existing.get(), spec);
      tally.updated++;
    } else {
      eventId =
          spec.series().isPresent() ? send(guild, Optional.empty(), spec) : create(guild, spec);
      tally.created++;
    }
    store.save(
        new ScheduledEventStore.Row(guild.getId(), w.id(), eventId, spec.fingerprint()), now);
  }

  private String create(Guild guild, ScheduledEventSpec spec) throws DeliveryException {
    Optional<Icon> image = spec.image().flatMap(images::fetch);
    return calls
        .complete(
            () -> {
              ScheduledEventAction a =
                  guild.createScheduledEvent(
                      spec.name(),
                      spec.location(),
                      spec.start().atOffset(ZoneOffset.UTC),
                      spec.end().atOffset(ZoneOffset.UTC));
              if (!spec.description().isEmpty()) {
                a = a.setDescription(spec.description());
              }
              return image.isPresent() ? a.setImage(image.get()) : a;
            },
            "create the event \"" + spec.name() + "\" in server " + guild.getId())
        .getId();
  }

  /**
   * Creates or modifies the event of a series through the REST route itself: JDA's event actions
   * have no {@code recurrence_rule}. Returns the event's id.
   */
  private String send(Guild guild, Optional<String> eventId, ScheduledEventSpec spec)
      throws DeliveryException {
    Optional<String> image = spec.image().flatMap(images::fetch).map(Icon::getEncoding);
    DataObject body = spec.body(image, eventId.isPresent());
    Route.CompiledRoute route =
        eventId.isPresent()
            ? Route.Guilds.MODIFY_SCHEDULED_EVENT.compile(guild.getId(), eventId.get())
            : Route.Guilds.CREATE_SCHEDULED_EVENT.compile(guild.getId());
    String doing =
        eventId
            .map(id -> "update event " + id)
            .orElse("create the event \"" + spec.name() + "\" in server " + guild.getId());
    return calls.complete(
        () ->
            new RestActionImpl<String>(
                guild.getJDA(),
                route,
                body,
                (response, request) -> response.getObject().getString("id")),
        doing);
  }

  private String update(ScheduledEvent event, ScheduledEventSpec spec) throws DeliveryException {
    Optional<Icon> image = spec.image().flatMap(images::fetch);
    calls.complete(
        () -> {
          ScheduledEventManager m =
              event
                  .getManager()
                  .setName(spec.name())
                  .setLocation(spec.location())
                  .setStartTime(spec.start().atOffset(ZoneOffset.UTC))
                  .setEndTime(spec.end().atOffset(ZoneOffset.UTC));
          if (!spec.description().isEmpty()) {
            m = m.setDescription(spec.description());
          }
          return image.isPresent() ? m.setImage(image.get()) : m;
        },
        "update event " + event.getId());
    return event.getId();
  }

  private void retire(
      Guild guild, ScheduledEventStore.Row row, Optional<Webinar> webinar, Instant now, Tally tally)
      throws DeliveryException {
    // A series as its occurrence in progress, or its last once all are over.
    Optional<Webinar> current = webinar.map(w -> w.current(now));
    boolean stillOn = current.map(w -> w.isUpcoming(now)).orElse(false);
    if (stillOn) {
      return; // started: Discord shows it as live; nothing to change any more
    }
    boolean tookPlace =
        current.map(w -> w.isVisible(now) && !w.cancelled() && w.time().isOver(now)).orElse(false);
    if (!tookPlace) {
      Optional<ScheduledEvent> event = retrieve(guild, row.eventId());
      if (event.isPresent()) {
        calls.complete(() -> event.get().delete(), "delete event " + row.eventId());
      }
      tally.deleted++;
    }
    store.remove(guild.getId(), row.webinarId());
  }

  private Optional<ScheduledEvent> retrieve(Guild guild, String eventId) throws DeliveryException {
    try {
      return Optional.of(
          calls.complete(() -> guild.retrieveScheduledEventById(eventId), "read event " + eventId));
    } catch (DeliveryException e) {
      if (e.getCause() instanceof ErrorResponseException r
          && r.getErrorResponse() == ErrorResponse.UNKNOWN_SCHEDULED_EVENT) {
        return Optional.empty(); // deleted by hand in Discord
      }
      throw e;
    }
  }

  /** Counts kept during one sync. */
  private static final class Tally {
    int created;
    int updated;
    int deleted;
    final List<String> failures = new ArrayList<>();

    void fail(String failure) {
      LOG.warn("Discord scheduled events: {}", failure);
      failures.add(failure);
    }

    Report report() {
      return new Report(created, updated, deleted, failures);
    }
  }
}
