package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.storage.Database;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.Interactions;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.RecordingAnnouncer;
import webinarbot.testing.discord.StandInDiscord;

/**
 * Two replicas with Discord on one PostgreSQL, against the stand-in gateway: one session between
 * them, and when its holder dies or is cut off from the database, the other takes over and answers
 * {@code /webinars}.
 */
class GatewayLeadershipTest {
  private static final DiscordOptions.Leadership FAST =
      new DiscordOptions.Leadership(Duration.ofMillis(400), Duration.ofSeconds(5));
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final MutableClock clock = MutableClock.at("2026-11-02T09:00:00Z");
  private final List<DiscordModule> replicas = new ArrayList<>();
  private StandInDiscord discord;
  private Database db;
  private Settings settings;
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    discord = new StandInDiscord();
    Settings.Storage storage = TestDatabases.postgres();
    db = Database.open(storage, clock);
    env = new HashMap<>();
    env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
    env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
    env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
    env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
    env.put("WEBINARBOT_DISCORD_GUILDS", DiscordWorld.GUILD_ID);
    env.put("WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl());
    env.put("WEBINARBOT_STORAGE_USER", storage.user());
    settings = new ConfigLoader(env).load(Optional.empty());
  }

  @AfterEach
  void stop() throws Exception {
    replicas.forEach(DiscordModule::close);
    db.close();
    discord.close();
  }

  private DiscordModule replica() {
    DiscordModule m =
        DiscordModule.start(
                settings,
                new Secrets(env),
                db.dataSource(),
                Catalogue::empty,
                clock,
                new DiscordOptions(Duration.ofSeconds(5), EventImages.NONE).clustered(FAST))
            .orElseThrow();
    m.serveCommands(
        webinarbot.testing.StandardCommands.create(
            Catalogue::empty, clock, new RecordingAnnouncer()));
    replicas.add(m);
    return m;
  }

  private DiscordModule leader() {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> replicas.stream().filter(DiscordModule::holdsGateway).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** {@code /webinars help} typed in the server; true once the bot answered it. */
  private boolean answersSlashCommands() {
    List<RecordedRequest> exchange =
        discord.exchange(
            Interactions.slash("help", Map.of(), Interactions.member(DiscordWorld.OWNER_ID)));
    return exchange.stream().anyMatch(r -> r.method().equals("PATCH"));
  }

  @Test
  void givenTwoReplicas_thenExactlyOneHoldsAGatewaySession() {
    DiscordModule a = replica();
    DiscordModule b = replica();

    DiscordModule leader = leader();
    await().atMost(PATIENCE).until(() -> discord.openGatewaySessions() == 1);
    await().during(Duration.ofSeconds(2)).until(() -> discord.openGatewaySessions() == 1);

    assertThat(discord.gatewayIdentifies()).isEqualTo(1);
    assertThat(List.of(a, b)).filteredOn(DiscordModule::holdsGateway).containsExactly(leader);
    assertThat(answersSlashCommands()).isTrue();
    // /readyz: both ready, one as the holder, the other standing by.
    DiscordModule standby = leader == a ? b : a;
    await()
        .atMost(PATIENCE)
        .until(() -> leader.readinessCheck().check().detail().startsWith("leader: connected as"));
    assertThat(standby.readinessCheck().check())
        .extracting(r -> r.ready(), r -> r.detail())
        .containsExactly(true, "standby: another replica holds the gateway session");
  }

  @Test
  void whenTheLeaderDies_thenTheOtherConnectsAndAnswersSlashCommands() {
    replica();
    replica();
    DiscordModule first = leader();
    await().atMost(PATIENCE).until(() -> discord.openGatewaySessions() == 1);

    first.close();
    replicas.remove(first);

    DiscordModule second = leader();
    assertThat(second).isNotSameAs(first);
    await().atMost(PATIENCE).until(() -> discord.openGatewaySessions() == 1);
    assertThat(discord.gatewayIdentifies()).isEqualTo(2);
    assertThat(discord.mostGatewaySessionsAtOnce()).isEqualTo(1);
    // The new holder registered /webinars again and answers it.
    await()
        .atMost(PATIENCE)
        .until(() -> discord.requests("PUT", "applications/\\d+/commands").size() == 2);
    assertThat(answersSlashCommands()).isTrue();
  }

  @Test
  void whenTheLeaderIsCutOffFromTheDatabase_thenItClosesItsSessionBeforeAnotherOpens()
      throws SQLException {
    replica();
    replica();
    leader();
    await().atMost(PATIENCE).until(() -> discord.openGatewaySessions() == 1);

    // The database drops the holder's lock session, as when its network goes away.
    terminateLockHolder();

    await().atMost(PATIENCE).until(() -> discord.gatewayIdentifies() == 2);
    await().atMost(PATIENCE).until(() -> discord.openGatewaySessions() == 1);
    assertThat(discord.mostGatewaySessionsAtOnce()).isEqualTo(1);
    assertThat(replicas).filteredOn(DiscordModule::holdsGateway).hasSize(1);
    assertThat(answersSlashCommands()).isTrue();
  }

  private void terminateLockHolder() throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND granted")) {
      assertThat(rs.next()).as("a replica holds the lock").isTrue();
    }
  }
}
