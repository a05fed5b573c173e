package webinarbot.testing.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import webinarbot.command.ChatCommands;
import webinarbot.config.ConfigException;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.discord.EventImages;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;

/**
 * One stand-in Discord and one real {@link DiscordModule} logged in to it, started once per test
 * class as {@code serve} would start them (configuration from the environment, H2 storage, the
 * shared chat commands). Recorded requests, messages and events are cleared before each test.
 */
public final class DiscordFixture
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  /** The fixture's "now" for commands; scheduled events use real time (JDA checks it). */
  public static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

  private final List<String> maintainerRoles;
  private final MutableClock clock = new MutableClock(NOW);
  private final AtomicReference<Catalogue> catalogue = new AtomicReference<>(Catalogue.empty());
  private final RecordingAnnouncer announcer = new RecordingAnnouncer();
  private EventImages images = EventImages.NONE;
  private List<String> guilds = List.of(DiscordWorld.GUILD_ID);
  private Duration requestTimeout = Duration.ofSeconds(10);
  private boolean threads;
  private String publicUrl = "";
  private StandInDiscord discord;
  private DataSource dataSource;
  private DiscordModule module;
  private DataSource subscriptionsDb;
  private webinarbot.delivery.Subscriptions subscriptions;

  /** A fixture whose maintainers need Manage Server and one of {@code maintainerRoles}. */
  public DiscordFixture(String... maintainerRoles) {
    this.maintainerRoles = List.of(maintainerRoles);
  }

  public DiscordFixture withImages(EventImages images) {
    this.images = images;
    return this;
  }

  /** The servers that get scheduled events; the stand-in has only {@link DiscordWorld#GUILD_ID}. */
  public DiscordFixture withGuilds(String... guildIds) {
    this.guilds = List.of(guildIds);
    return this;
  }

  /** {@code discord.threads = true}. */
  public DiscordFixture withThreads() {
    this.threads = true;
    return this;
  }

  /** {@code http.public_url}: posts and answers then link each talk's {@code .ics}. */
  public DiscordFixture withPublicUrl(String url) {
    this.publicUrl = url;
    return this;
  }

  public DiscordFixture withRequestTimeout(Duration timeout) {
    this.requestTimeout = timeout;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    discord = new StandInDiscord();
    dataSource = Databases.h2();
    Map<String, String> env = new HashMap<>();
    env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
    env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
    env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
    env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS + "," + DiscordWorld.LOCKED);
    env.put("WEBINARBOT_DISCORD_GUILDS", String.join(",", guilds));
    env.put("WEBINARBOT_DISCORD_MAINTAINER_ROLES", String.join(",", maintainerRoles));
    env.put("WEBINARBOT_DISCORD_THREADS", Boolean.toString(threads));
    if (!publicUrl.isEmpty()) {
      env.put("WEBINARBOT_HTTP_PUBLIC_URL", publicUrl);
    }
    module =
        DiscordModule.start(
                settings(env),
                new Secrets(env),
                dataSource,
                catalogue::get,
                clock,
                new DiscordOptions(requestTimeout, images))
            .orElseThrow();
    subscriptionsDb = StandardCommands.migratedH2(clock);
    subscriptions = new webinarbot.delivery.Subscriptions(subscriptionsDb, clock);
    module.serveCommands(commands());
    module.serveReminders(
        new webinarbot.command.PersonalReminders(
            catalogue::get,
            subscriptions,
            webinarbot.config.Settings.Schedule.DEFAULT_PERSONAL_REMINDER,
            clock));
    if (!module.awaitReady(Duration.ofSeconds(20))) {
      throw new IllegalStateException("JDA did not log in to the stand-in");
    }
    // Else that sync, of an empty catalogue, may start late and delete a test's first events.
    if (!module.awaitEventsSynced(Duration.ofSeconds(20))) {
      throw new IllegalStateException("the session's first sync of scheduled events did not end");
    }
  }

  private static Settings settings(Map<String, String> env) throws ConfigException {
    return new ConfigLoader(env).load(Optional.empty());
  }

  private ChatCommands commands() {
    return StandardCommands.create(catalogue::get, clock, announcer, subscriptions);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    discord.reset();
    announcer.forget();
    clock.set(NOW);
    catalogue.set(Catalogue.empty());
    Databases.clear(dataSource);
    try (java.sql.Connection c = subscriptionsDb.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM webinarbot_subscription");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Who asked for "Remind me", through the commands and the buttons. */
  public webinarbot.delivery.Subscriptions subscriptions() {
    return subscriptions;
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    module.close();
    discord.close();
  }

  public StandInDiscord discord() {
    return discord;
  }

  public DiscordModule module() {
    return module;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public MutableClock clock() {
    return clock;
  }

  public RecordingAnnouncer announcer() {
    return announcer;
  }

  /** Replaces what the bot knows about. */
  public void catalogue(Webinar... webinars) {
    catalogue.set(new Catalogue(List.of(webinars)));
  }

  public Catalogue catalogue() {
    return catalogue.get();
  }
}
