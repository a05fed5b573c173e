package webinarbot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.ChatCommands;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;

/**
 * Everything Discord, as {@code serve} wires it: the JDA connection, the notifier for delivery, the
 * scheduled events, and {@code /webinars}. Off, with one log line, when {@code DISCORD_TOKEN} is
 * not set. Start-up does not wait for Discord to answer.
 *
 * <p>Wiring is in two steps because the chat commands need the announcer, which needs this module's
 * notifier: {@link #start} first, then {@link #serveCommands} once the commands exist.
 */
public final class DiscordModule implements AutoCloseable {
  /**
   * @param requestTimeout how long one Discord request may take before it counts as failed
   * @param images where event cover images come from
   */
  public record Options(Duration requestTimeout, EventImages images) {
    public static Options defaults() {
      Duration timeout = Duration.ofSeconds(15);
      return new Options(timeout, new HttpEventImages(timeout));
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(DiscordModule.class);
  private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

  private final Settings.Discord settings;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;
  private final Readiness readiness = new Readiness();
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
  private final JDA jda;
  private final DiscordNotifier notifier;
  private final ScheduledEventSync scheduledEvents;

  private DiscordModule(
      Settings.Discord settings,
      String token,
      DataSource dataSource,
      Supplier<Catalogue> catalogue,
      Clock clock,
      Options options) {
    this.settings = settings;
    this.catalogue = catalogue;
    this.clock = clock;
    this.jda = DiscordConnection.open(settings, token, readiness);
    RestCalls calls = new RestCalls(requests, options.requestTimeout());
    this.notifier = new DiscordNotifier(jda, readiness, settings.channels(), calls);
    this.scheduledEvents =
        new ScheduledEventSync(
            jda,
            readiness,
            settings.guilds(),
            new ScheduledEventStore(dataSource),
            options.images(),
            calls);
    readiness.then(
        () -> workers.execute(() -> scheduledEvents.sync(catalogue.get(), clock.instant())));
  }

  /** Connects to Discord if {@code DISCORD_TOKEN} is set; empty (and one log line) if not. */
  public static Optional<DiscordModule> start(
      Settings settings,
      Secrets secrets,
      DataSource dataSource,
      Supplier<Catalogue> catalogue,
      Clock clock,
      Options options) {
    Optional<String> token = secrets.discordToken();
    if (token.isEmpty()) {
      LOG.info("Discord is off: {} is not set", Secrets.DISCORD_TOKEN);
      return Optional.empty();
    }
    LOG.info(
        "Discord: connecting; posting to {} channel(s), events in {} server(s)",
        settings.discord().channels().size(),
        settings.discord().guilds().size());
    return Optional.of(
        new DiscordModule(settings.discord(), token.get(), dataSource, catalogue, clock, options));
  }

  /** Answers {@code /webinars} from now on and registers the command with Discord once ready. */
  public void serveCommands(ChatCommands commands) {
    WebinarsCommand command = new WebinarsCommand(commands);
    jda.addEventListener(
        new WebinarsInteractions(
            command, commands, catalogue, clock, settings.maintainerRoles(), workers));
    readiness.then(
        () ->
            jda.updateCommands()
                .addCommands(command.data())
                .queue(
                    ok -> LOG.info("Discord: /webinars registered"),
                    failure ->
                        LOG.error(
                            "Discord: could not register /webinars: {}", failure.toString())));
  }

  public DiscordNotifier notifier() {
    return notifier;
  }

  /** Call {@code sync(catalogue, now)} after each content reload. */
  public ScheduledEventSync scheduledEvents() {
    return scheduledEvents;
  }

  /** For tests in this package that need their own notifier over the same connection. */
  JDA jda() {
    return jda;
  }

  Readiness readiness() {
    return readiness;
  }

  /** True once logged in with the servers loaded, waiting up to {@code timeout}. */
  public boolean awaitReady(Duration timeout) {
    return readiness.await(timeout);
  }

  @Override
  public void close() {
    workers.shutdown();
    requests.shutdownNow();
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
        jda.shutdownNow();
      }
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
