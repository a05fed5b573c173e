package webinarbot.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.ChatCommands;
import webinarbot.command.PersonalReminders;
import webinarbot.command.StandardCommands;
import webinarbot.config.ContentSetup;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.content.ContentFolder;
import webinarbot.content.ContentReloader;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.InterestEdits;
import webinarbot.delivery.LedgerAnnouncer;
import webinarbot.delivery.PeopleInterested;
import webinarbot.delivery.Routing;
import webinarbot.delivery.Subscriptions;
import webinarbot.http.DatabaseCheck;
import webinarbot.http.HttpLimits;
import webinarbot.http.OpsEndpoints;
import webinarbot.http.ReadinessCheck;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.metrics.BotMetrics;
import webinarbot.metrics.ContentMetrics;
import webinarbot.metrics.TimedChatCommands;
import webinarbot.schedule.ContentFeed;
import webinarbot.schedule.LiveCatalogue;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.slack.SlackModule;

/**
 * The running bot, built by hand from the settings: database, chat platforms, delivery, schedule,
 * content watch and web server, started in dependency order and stopped in reverse. {@code serve}
 * is this class plus a wait for SIGTERM.
 */
public final class Bot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

  /** How long {@code /webinars announce} waits for the posts before answering what it knows. */
  private static final Duration ANNOUNCE_PATIENCE = Duration.ofSeconds(10);

  /**
   * How often pending "N people want a reminder" edits are looked at (each is due by the clock).
   */
  private static final Duration INTEREST_CHECKS = Duration.ofSeconds(5);

  /** How often Discord is asked who is "Interested" in the talks' scheduled events. */
  private static final Duration INTERESTED_READS = Duration.ofMinutes(1);

  private final Deque<AutoCloseable> stopOrder = new ArrayDeque<>();
  private final LiveCatalogue catalogue = new LiveCatalogue();
  private final BotMetrics metrics = BotMetrics.create();
  private ReminderScheduler scheduler;
  private ContentFeed feed;
  private WebServer web;
  private ReplicaRoles roles;

  private Bot() {}

  /**
   * How {@code serve} was asked to run.
   *
   * @param acceptRemovals pages removed many at once are cancellations, not a content outage
   *     ({@code --accept-removals}, after a deliberate mass removal)
   */
  public record Options(boolean acceptRemovals) {
    public static Options defaults() {
      return new Options(false);
    }
  }

  /** Starts everything; on failure, stops what had started and says why. */
  public static Bot start(Settings settings, Secrets secrets, Clock clock, PrintWriter console)
      throws StartFailure {
    return start(settings, secrets, clock, console, Options.defaults());
  }

  /** As {@link #start(Settings, Secrets, Clock, PrintWriter)}, with options. */
  public static Bot start(
      Settings settings, Secrets secrets, Clock clock, PrintWriter console, Options options)
      throws StartFailure {
    Bot bot = new Bot();
    try {
      bot.wire(settings, secrets, clock, console, options);
      return bot;
    } catch (StartFailure e) {
      bot.close();
      throw e;
    } catch (Exception e) { // Quartz, Jetty, JDBC: each reports its own way
      bot.close();
      throw new StartFailure("cannot start: " + e.getMessage(), e);
    }
  }

  private void wire(
      Settings settings, Secrets secrets, Clock clock, PrintWriter console, Options options)
      throws Exception {
    ContentSetup content = ContentSetup.of(settings);
    Path dir = content.root();
    Optional<String> notAFolder = ContentFolder.problem(dir);
    if (notAFolder.isPresent()) {
      throw new StartFailure(notAFolder.get() + " (content.dir or --content)", null);
    }
    stopOrder.push(metrics);
    MeterRegistry meters = metrics.registry();
    // In dependency order: posts go out through delivery, announcing posts through delivery, and
    // the chat commands announce; so the platforms answer commands only once all of that exists.
    Outbound out =
        Outbound.open(Outbound.Mode.SERVE, settings, secrets, clock, console, catalogue, meters);
    stopOrder.push(out);
    DeliveryService delivery = out.delivery();
    Announcer announcer =
        new LedgerAnnouncer(
            catalogue,
            delivery,
            clock,
            ANNOUNCE_PATIENCE,
            new Routing(settings.schedule().routes()));
    Subscriptions subscriptions = new Subscriptions(out.database().dataSource(), clock);
    PersonalReminders personal =
        new PersonalReminders(
            catalogue, subscriptions, settings.schedule().personalReminder(), clock);
    InterestEdits interest =
        new InterestEdits(
            delivery,
            out.database().dataSource(),
            catalogue,
            new PeopleInterested(
                subscriptions,
                id -> out.discord().map(d -> d.interested().of(id)).orElse(Set.of())),
            clock);
    stopOrder.push(subscriptions.onChange(interest::changed));
    out.discord().ifPresent(d -> interest.alsoAsking(d.interested()::refresh, INTERESTED_READS));
    stopOrder.push(interest.every(INTEREST_CHECKS));
    ChatCommands commands =
        StandardCommands.create(
            catalogue, clock, announcer, settings.schedule().reminders(), personal);
    out.slack().ifPresent(s -> s.serveCommands(TimedChatCommands.of(commands, "slack", meters)));
    out.slack().ifPresent(s -> s.serveReminders(personal));
    out.discord().ifPresent(d -> d.serveReminders(personal));
    out.discord()
        .ifPresent(d -> d.serveCommands(TimedChatCommands.of(commands, "discord", meters)));
    feed = new ContentFeed(new ContentReloader(content.loader(), dir), dir);
    scheduler =
        ReminderScheduler.start(
            out.database(),
            settings.schedule(),
            delivery,
            feed::loadAll,
            clock,
            ReminderScheduler.Options.forDatabase(out.database()),
            catalogue,
            options.acceptRemovals());
    stopOrder.push(scheduler);
    roles = new ReplicaRoles(scheduler, out.discord());
    out.discord().ifPresent(d -> feed.follow(c -> d.scheduledEvents().sync(c, clock.instant())));
    feed.watch(scheduler);
    stopOrder.push(feed);
    new ContentMetrics(meters, feed::current);
    ContentMetrics.health(meters, () -> feed.outage().isPresent(), feed::watching);
    HttpLimits limits =
        HttpLimits.DEFAULTS
            .withBodyTimeout(settings.http().bodyTimeout())
            .withConnectionsPerClient(settings.http().maxConnectionsPerClient());
    List<Route> routes = new ArrayList<>();
    routes.addAll(
        out.slack().map(s -> s.routes(limits)).orElseGet(() -> SlackModule.routesWhenOff(secrets)));
    routes.addAll(
        new OpsEndpoints(
                catalogue,
                settings.site().baseUrl(),
                clock,
                metrics.prometheus(),
                readinessChecks(out, roles, feed, dir))
            .routes());
    // A number that changed while the bot was down reaches the posts now.
    interest.recover();
    web = new WebServer(settings.http().port(), routes, limits).start();
    stopOrder.push(web);
    if (out.slack().isPresent()) {
      out.slack().get().start();
    }
  }

  /**
   * What /readyz asks: the database, the content (watched, not in an outage), and each chat
   * platform that is on; and what this replica's role is.
   */
  private List<ReadinessCheck> readinessChecks(
      Outbound out, ReplicaRoles roles, ContentFeed content, Path dir) {
    List<ReadinessCheck> checks = new ArrayList<>();
    checks.add(new DatabaseCheck(out.database().dataSource()));
    checks.add(
        new ReadinessCheck() {
          @Override
          public String name() {
            return "content";
          }

          @Override
          public Result check() {
            return content
                .problem()
                .map(Result::notReady)
                .orElseGet(
                    () ->
                        Result.ready(
                            "watching " + dir + ": " + catalogue.get().size() + " webinars"));
          }
        });
    checks.add(roles.readinessCheck());
    out.slack().ifPresent(s -> checks.add(s.readinessCheck()));
    out.discord().ifPresent(d -> checks.add(d.readinessCheck()));
    return checks;
  }

  public LiveCatalogue catalogue() {
    return catalogue;
  }

  /** This replica's roles: clustered scheduler or alone, Discord gateway leader or standby. */
  public ReplicaRoles roles() {
    return roles;
  }

  public ReminderScheduler scheduler() {
    return scheduler;
  }

  public ContentFeed content() {
    return feed;
  }

  public BotMetrics metrics() {
    return metrics;
  }

  public Optional<WebServer> web() {
    return Optional.ofNullable(web);
  }

  /**
   * Stops taking new work first (web, watch, Quartz), then lets posts in flight finish, then closes
   * the platforms and the database.
   */
  @Override
  public void close() {
    while (!stopOrder.isEmpty()) {
      AutoCloseable part = stopOrder.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("stopping {} failed", part, e);
      }
    }
  }

  /** The bot could not start; the message is for the operator. */
  public static final class StartFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StartFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
