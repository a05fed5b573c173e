package webinarbot.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.ConsoleNotifier;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.RetryPolicy;
import webinarbot.delivery.Sleeper;
import webinarbot.delivery.Target;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.domain.Catalogue;
import webinarbot.slack.SlackModule;
import webinarbot.storage.Database;
import webinarbot.storage.ServeLock;
import webinarbot.storage.StorageException;

/**
 * The bot's outgoing side: the database, the chat platforms whose secrets are set (standard output
 * when none are), and delivery through them with the ledger. {@code serve} builds the rest on it;
 * {@code announce} uses it alone.
 */
public final class Outbound implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Outbound.class);

  /** What the platforms are opened for. */
  public enum Mode {
    /** The running bot: the Discord gateway session too (slash commands, scheduled events). */
    SERVE,
    /**
     * A one-shot command: posts only, so it never opens a second gateway session beside the running
     * bot's.
     */
    ONE_SHOT
  }

  /** How long a stop waits for posts in flight before leaving them to the next start. */
  private static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(30);

  private final Optional<ServeLock> serveLock;
  private final Database db;
  private final Optional<SlackModule> slack;
  private final Optional<DiscordModule> discord;
  private final DeliveryService delivery;

  private Outbound(
      Optional<ServeLock> serveLock,
      Database db,
      Optional<SlackModule> slack,
      Optional<DiscordModule> discord,
      DeliveryService delivery) {
    this.serveLock = serveLock;
    this.db = db;
    this.slack = slack;
    this.discord = discord;
    this.delivery = delivery;
  }

  /**
   * Where posts go: the channels of each platform whose secrets are set, or standard output when no
   * platform is on. {@link #open} posts to exactly these; {@code schedule} and {@code config
   * --show} show them.
   */
  public static List<Target> targets(Settings configured, Secrets secrets) {
    Settings settings = configured.withRouteChannels();
    boolean slack = SlackModule.isOn(secrets);
    boolean discord = DiscordModule.isOn(secrets);
    if (!slack && !discord) {
      return List.of(ConsoleNotifier.STDOUT);
    }
    List<Target> out = new ArrayList<>();
    if (slack) {
      settings.slack().channels().forEach(c -> out.add(new Target("slack", c)));
    }
    if (discord) {
      settings.discord().channels().forEach(c -> out.add(new Target("discord", c)));
    }
    return List.copyOf(out);
  }

  /**
   * Opens the outgoing side in order: the database, each platform whose secrets are set, then
   * delivery through them. The platforms answer no chat commands yet: those post through this
   * delivery, so {@link Bot} hands them over next ({@code serveCommands}).
   */
  public static Outbound open(
      Mode mode,
      Settings settings,
      Secrets secrets,
      Clock clock,
      PrintWriter console,
      Supplier<Catalogue> catalogue,
      MeterRegistry meters)
      throws StorageException {
    // The platforms post to every channel a route names, beside the top-level ones.
    Settings routed = settings.withRouteChannels();
    // A second serve on one H2 file would run as a second bot "alone" beside the first.
    Optional<ServeLock> serveLock =
        mode == Mode.SERVE ? ServeLock.acquire(settings.storage().jdbcUrl()) : Optional.empty();
    Database db;
    try {
      db = Database.open(settings.storage(), clock);
    } catch (StorageException | RuntimeException e) {
      serveLock.ifPresent(ServeLock::close);
      throw e;
    }
    Optional<SlackModule> slack = Optional.empty();
    Optional<DiscordModule> discord = Optional.empty();
    try {
      slack =
          SlackModule.create(
              routed.slack(), new CalendarLinks(settings.http().publicUrl()), secrets, clock);
      DiscordOptions discordOptions = DiscordOptions.defaults();
      if (mode == Mode.ONE_SHOT) {
        discordOptions = discordOptions.postsOnly();
      } else if (db.shared()) {
        // Replicas on one PostgreSQL: one of them holds the gateway, all post through REST.
        discordOptions = discordOptions.clustered(DiscordOptions.Leadership.defaults());
      }
      discord =
          DiscordModule.start(routed, secrets, db.dataSource(), catalogue, clock, discordOptions);
      List<Notifier> notifiers = new ArrayList<>();
      slack.ifPresent(s -> notifiers.add(s.notifier()));
      discord.ifPresent(d -> notifiers.add(d.notifier()));
      if (notifiers.isEmpty()) {
        LOG.info("no chat platform is configured: posts go to standard output");
        notifiers.add(new ConsoleNotifier(console, new CalendarLinks(settings.http().publicUrl())));
      }
      targetWarnings(settings, secrets).forEach(LOG::warn);
      DeliveryService delivery =
          new DeliveryService(
              notifiers,
              new DeliveryLedger(db.dataSource(), clock, instanceName(clock)),
              RetryPolicy.DEFAULT,
              Sleeper.real(),
              clock,
              meters);
      return new Outbound(serveLock, db, slack, discord, delivery);
    } catch (RuntimeException e) {
      new Outbound(serveLock, db, slack, discord, null).close();
      throw e;
    }
  }

  /**
   * What is wrong with where posts go: a platform that is on but has no channel posts nothing,
   * which is never what was meant. {@code serve} logs each warning; {@code schedule} prints it.
   */
  public static List<String> targetWarnings(Settings configured, Secrets secrets) {
    Settings settings = configured.withRouteChannels();
    List<String> out = new ArrayList<>();
    if (SlackModule.isOn(secrets) && settings.slack().channels().isEmpty()) {
      out.add(noChannels("Slack", "slack"));
    }
    if (DiscordModule.isOn(secrets) && settings.discord().channels().isEmpty()) {
      out.add(noChannels("Discord", "discord"));
    }
    return out;
  }

  private static String noChannels(String platform, String section) {
    return platform
        + " is on but "
        + section
        + ".channels is empty: nothing will be posted to "
        + platform
        + " (set "
        + section
        + ".channels in the configuration file or WEBINARBOT_"
        + section.toUpperCase(java.util.Locale.ROOT)
        + "_CHANNELS)";
  }

  public Database database() {
    return db;
  }

  public DeliveryService delivery() {
    return delivery;
  }

  public Optional<SlackModule> slack() {
    return slack;
  }

  public Optional<DiscordModule> discord() {
    return discord;
  }

  /** Posts in flight finish (up to a grace period), then the platforms and the database close. */
  @Override
  public void close() {
    if (delivery != null) {
      delivery.close(IN_FLIGHT_GRACE);
    }
    discord.ifPresent(DiscordModule::close);
    slack.ifPresent(
        s -> {
          try {
            s.close();
          } catch (Exception e) {
            LOG.warn("stopping Slack failed", e);
          }
        });
    db.close();
    serveLock.ifPresent(ServeLock::close);
  }

  /**
   * Who claims deliveries in the ledger, and this replica's Quartz instance id: process and host,
   * as the JVM names itself, and the start time, so a restarted process (pid 1 in every container)
   * is a new instance and its predecessor's unfinished rows are recognised as orphans.
   */
  static String instanceName(Clock clock) {
    return ManagementFactory.getRuntimeMXBean().getName() + "-" + Long.toString(clock.millis(), 36);
  }
}
