package webinarbot.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.discord.EventImages;
import webinarbot.domain.Catalogue;
import webinarbot.storage.Database;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;

/**
 * Issue 7's gateway fail-over with the production leadership settings (poll 5 s, lease 15 s): two
 * replicas on one embedded PostgreSQL against the stand-in Discord; the holder dies (its lock
 * connection closes, as when the process dies); timed until the other replica's session is
 * connected and ready. Budget: within 30 s. Usage: {@code GatewayFailoverBench [ROUNDS]}.
 */
public final class GatewayFailoverBench {
  private GatewayFailoverBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Settings.Storage storage = TestDatabases.postgres();
    List<Double> seconds = new ArrayList<>();
    try (StandInDiscord discord = new StandInDiscord();
        Database db = Database.open(storage, Clock.systemUTC())) {
      Map<String, String> env = new HashMap<>();
      env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
      env.put("WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl());
      env.put("WEBINARBOT_STORAGE_USER", storage.user());
      Settings settings = new ConfigLoader(env).load(Optional.empty());
      List<DiscordModule> replicas = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        while (replicas.size() < 2) {
          replicas.add(
              DiscordModule.start(
                      settings,
                      new Secrets(env),
                      db.dataSource(),
                      Catalogue::empty,
                      Clock.systemUTC(),
                      new DiscordOptions(Duration.ofSeconds(15), EventImages.NONE)
                          .clustered(DiscordOptions.Leadership.defaults()))
                  .orElseThrow());
        }
        DiscordModule leader =
            Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                    () -> replicas.stream().filter(DiscordModule::holdsGateway).findFirst(),
                    Optional::isPresent)
                .orElseThrow();
        leader.awaitReady(Duration.ofSeconds(30));
        if (round == rounds) {
          break;
        }
        long died = System.nanoTime();
        leader.close();
        replicas.remove(leader);
        DiscordModule standby = replicas.get(0);
        Awaitility.await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> standby.holdsGateway() && standby.awaitReady(Duration.ZERO));
        double s = (System.nanoTime() - died) / 1e9;
        seconds.add(s);
        System.out.printf(
            "round %d: gateway moved in %.1f s (sessions at once, most: %d)%n",
            round + 1, s, discord.mostGatewaySessionsAtOnce());
      }
      replicas.forEach(DiscordModule::close);
    }
    System.out.printf(
        "RESULT discord gateway fail-over (poll 5 s, lease 15 s): %s s over %d rounds, max %.1f s"
            + " (budget 30 s)%n",
        seconds.stream().map(s -> String.format("%.1f", s)).toList(),
        seconds.size(),
        seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    System.exit(0);
  }
}
