package webinarbot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.ChatCommands;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.CalendarLinks;
import webinarbot.domain.Catalogue;
import webinarbot.http.ReadinessCheck;
import webinarbot.storage.LeaderLock;

/**
 * Everything Discord, as {@code serve} wires it: the gateway session, the notifier for delivery,
 * the scheduled events, and {@code /webinars}. Off, with one log line, when {@code DISCORD_TOKEN}
 * is not set. Start-up does not wait for Discord to answer.
 *
 * <p>Alone, the bot holds one gateway session and posts through it. In a cluster ({@link
 * DiscordOptions#leadership}) only the replica holding the gateway lock has a session, which
 * answers slash commands and syncs scheduled events; every replica posts reminders through the REST
 * API, so deliveries never wait for a gateway fail-over.
 *
 * <p>Built in two steps, in the order of {@code app.Bot}: {@link #start} gives delivery its
 * notifier; the chat commands, which announce through that delivery, come after ({@link
 * #serveCommands}).
 */
public final class DiscordModule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordModule.class);
  private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

  private final Settings.Discord settings;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "discord-worker-" + WORKER_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private final ExecutorService requests =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "discord-rest-" + WORKER_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private final java.util.concurrent.ScheduledExecutorService moveOn =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "discord-events-" + WORKER_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private final RestCalls calls;
  private final List<Consumer<DiscordSession>> onEverySession = new CopyOnWriteArrayList<>();
  private final ScheduledEventSync scheduledEvents;
  private final InterestedMembers interested;
  private final webinarbot.delivery.Notifier notifier;
  private final AutoCloseable gateway;
  private final boolean clustered;
  private final CalendarLinks calendar;
  private DiscordSession session;

  /** The current session's first sync of scheduled events, done or not. */
  private volatile CompletableFuture<Void> eventsSynced = new CompletableFuture<>();

  private DiscordModule(
      Settings settings,
      String token,
      DataSource dataSource,
      Supplier<Catalogue> catalogue,
      Clock clock,
      DiscordOptions options) {
    this.settings = settings.discord();
    this.catalogue = catalogue;
    this.clock = clock;
    this.calls = new RestCalls(requests, options.requestTimeout());
    this.clustered = options.leadership().isPresent();
    this.scheduledEvents =
        new ScheduledEventSync(
            this::session,
            this.settings.guilds(),
            new ScheduledEventStore(dataSource),
            options.images(),
            calls);
    this.interested =
        new InterestedMembers(
            this::session, this.settings.guilds(), new ScheduledEventStore(dataSource), calls);
    if (options.gateway()) {
      // The event of a series Discord cannot repeat moves on once its occurrence is over.
      var unused =
          moveOn.scheduleWithFixedDelay(
              () -> {
                try {
                  scheduledEvents.moveOnIfDue(catalogue.get(), clock.instant());
                } catch (RuntimeException e) {
                  LOG.warn("Discord scheduled events: moving a series' event on failed", e);
                }
              },
              1,
              1,
              TimeUnit.MINUTES);
    }
    // Each session, on every replica that gets one, syncs the events once it is ready.
    onEverySession.add(
        s -> {
          CompletableFuture<Void> synced = new CompletableFuture<>();
          eventsSynced = synced;
          s.readiness()
              .then(
                  () ->
                      workers.execute(
                          () -> {
                            try {
                              scheduledEvents.sync(catalogue.get(), clock.instant());
                            } finally {
                              synced.complete(null);
                            }
                          }));
        });
    this.calendar = new CalendarLinks(settings.http().publicUrl());
    DiscordPosts posts = new DiscordPosts(calendar);
    RestDiscordNotifier rest =
        new RestDiscordNotifier(
            this.settings.apiUrl(),
            token,
            this.settings.channels(),
            options.requestTimeout(),
            this.settings.threads(),
            posts,
            RestLimits.real());
    if (!options.gateway()) {
      this.notifier = rest;
      this.gateway = () -> {};
    } else if (options.leadership().isPresent()) {
      DiscordOptions.Leadership l = options.leadership().get();
      this.notifier = rest;
      this.gateway =
          openGateway(
              GatewayClaim.of(new LeaderLock(settings.storage(), "discord-gateway", l.lease())),
              GatewayLeadership.SETTLE_POLLS,
              token,
              l.poll());
    } else {
      this.notifier =
          new SessionNotifier(
              this::session, this.settings.channels(), calls, rest, this.settings.threads(), posts);
      this.gateway = openGateway(GatewayClaim.sole(), 0, token, options.connectRetry());
    }
  }

  private AutoCloseable openGateway(
      GatewayClaim claim, int settlePolls, String token, Duration poll) {
    return new GatewayLeadership(
            claim,
            settlePolls,
            () -> DiscordSession.open(this.settings, token),
            this::opened,
            this::closed)
        .start(poll);
  }

  /** True when {@code DISCORD_TOKEN} is set: then {@link #start} makes the module. */
  public static boolean isOn(Secrets secrets) {
    return secrets.discordToken().isPresent();
  }

  /** Connects to Discord if {@code DISCORD_TOKEN} is set; empty (and one log line) if not. */
  public static Optional<DiscordModule> start(
      Settings settings,
      Secrets secrets,
      DataSource dataSource,
      Supplier<Catalogue> catalogue,
      Clock clock,
      DiscordOptions options) {
    Optional<String> token = secrets.discordToken();
    if (token.isEmpty()) {
      LOG.info("Discord is off: {} is not set", Secrets.DISCORD_TOKEN);
      return Optional.empty();
    }
    LOG.info(
        "Discord: {}; posting to {} channel(s), events in {} server(s)",
        !options.gateway()
            ? "posting through the REST API"
            : options.leadership().isPresent()
                ? "clustered, the replica holding the gateway lock connects"
                : "connecting",
        settings.discord().channels().size(),
        settings.discord().guilds().size());
    return Optional.of(
        new DiscordModule(settings, token.get(), dataSource, catalogue, clock, options));
  }

  /**
   * Answers {@code /webinars} from now on, and registers the command with Discord each time this
   * replica's session is ready (after a fail-over, the new holder registers it again).
   */
  public void serveCommands(ChatCommands commands) {
    WebinarsCommand command = new WebinarsCommand(commands.specs());
    everySession(
        s -> {
          s.jda()
              .addEventListener(
                  new WebinarsInteractions(
                      command,
                      commands,
                      catalogue,
                      clock,
                      settings.maintainerRoles(),
                      workers,
                      DiscordReplies.with(calendar)));
          s.readiness()
              .then(
                  () ->
                      s.jda()
                          .updateCommands()
                          .addCommands(command.data())
                          .queue(
                              ok -> LOG.info("Discord: /webinars registered"),
                              failure ->
                                  LOG.error(
                                      "Discord: could not register /webinars: {}",
                                      failure.toString())));
        });
  }

  /** Answers clicks on "Remind me" from now on, on every session this replica gets. */
  public void serveReminders(webinarbot.command.PersonalReminders reminders) {
    everySession(
        s ->
            s.jda()
                .addEventListener(
                    new RemindMeButton(reminders, settings.maintainerRoles(), workers)));
  }

  public webinarbot.delivery.Notifier notifier() {
    return notifier;
  }

  /**
   * Call {@code sync(catalogue, now)} after each content reload; it does nothing on a replica that
   * does not hold the gateway.
   */
  /** Who is marked "Interested" on the talks' scheduled events. */
  public InterestedMembers interested() {
    return interested;
  }

  public ScheduledEventSync scheduledEvents() {
    return scheduledEvents;
  }

  /** True while this replica holds the gateway session: always, unless clustered. */
  public boolean holdsGateway() {
    return session().isPresent();
  }

  /**
   * This replica's part in the gateway, for {@code /readyz}: {@code leader} or {@code standby} in a
   * cluster, {@code connected} or {@code connecting} (Discord not reached yet) when alone.
   */
  public String gatewayRole() {
    if (clustered) {
      return holdsGateway() ? "leader" : "standby";
    }
    return holdsGateway() ? "connected" : "connecting";
  }

  /** For tests in this package that need their own notifier over the same connection. */
  JDA jda() {
    return session().orElseThrow().jda();
  }

  Readiness readiness() {
    return session().orElseThrow().readiness();
  }

  /**
   * For {@code /readyz}: the gateway session is connected; in a cluster, a replica standing by
   * while another holds the gateway is ready too (it posts, and Slack is served).
   */
  public ReadinessCheck readinessCheck() {
    return new DiscordReadiness(() -> session().map(DiscordSession::jda), clustered);
  }

  /** True once this replica holds the gateway with the servers loaded, waiting up to timeout. */
  public boolean awaitReady(Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (session == null) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return readiness().await(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
  }

  /**
   * True once the current session's first sync of scheduled events is over, waiting up to timeout:
   * a caller that syncs by hand after it cannot have its events undone by that sync's late start.
   */
  public boolean awaitEventsSynced(Duration timeout) {
    try {
      eventsSynced.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  synchronized Optional<DiscordSession> session() {
    return Optional.ofNullable(session);
  }

  private synchronized void everySession(Consumer<DiscordSession> setup) {
    onEverySession.add(setup);
    if (session != null) {
      setup.accept(session);
    }
  }

  private synchronized void opened(DiscordSession s) {
    session = s;
    onEverySession.forEach(setup -> setup.accept(s));
    notifyAll();
  }

  private synchronized void closed(DiscordSession s) {
    if (session == s) {
      session = null;
    }
  }

  @Override
  public void close() {
    moveOn.shutdownNow();
    workers.shutdown();
    requests.shutdownNow();
    try {
      gateway.close();
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("closing the Discord gateway failed", e);
    }
  }
}
