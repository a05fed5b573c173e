package webinarbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.RetryPolicy;
import webinarbot.delivery.Sleeper;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.discord.EventImages;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.schedule.LiveCatalogue;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;

/**
 * Issue 14's fan-out budget: N subscribers of one talk on Discord get their personal reminder, p99
 * lateness ≤ 60 s, none twice and none lost, under Discord's documented rate limits (the stand-in
 * enforces the global 50 requests a second and 5 messages per 5 s per channel; each DM is two
 * requests: open the DM channel, post). Replicas are in-process, each with its own connection pool,
 * ledger name, REST notifier and real clustered Quartz on one embedded PostgreSQL, on the real
 * clock. With {@code kill}, the replica doing the fan-out is killed (connections cut, lanes
 * interrupted, Quartz gone without checking out) once a fifth of the DMs are out.
 *
 * <p>Lateness is the stand-in's receipt time minus the due time (start − 15 min); an early DM
 * counts 0 and how early the first went is reported. Twice: users with more than one message or
 * more than one accepted post; lost: users with none.
 *
 * <p>Usage: {@code DmFanoutBench [plain|kill ...]} with {@code -Dsubscribers=10000} and {@code
 * -Dreplicas=3}.
 */
public final class DmFanoutBench {
  private static final Duration SETUP = Duration.ofSeconds(45);
  private static final Duration PERSONAL_LEAD = Duration.ofMinutes(15);

  private DmFanoutBench() {}

  /** One replica: pool, delivery, REST notifier, clustered Quartz. */
  private static final class Replica {
    final String id;
    final Database db;
    final DiscordModule discord;
    final DeliveryService delivery;
    final ReminderScheduler scheduler;

    Replica(String id, Settings settings, Secrets secrets, Webinar talk, String name)
        throws Exception {
      Clock clock = Clock.systemUTC();
      this.id = id;
      this.db = Database.open(settings.storage(), clock);
      this.discord =
          DiscordModule.start(
                  settings,
                  secrets,
                  db.dataSource(),
                  Catalogue::empty,
                  clock,
                  new DiscordOptions(Duration.ofSeconds(15), EventImages.NONE).postsOnly())
              .orElseThrow();
      this.delivery =
          new DeliveryService(
              List.of(discord.notifier()),
              new DeliveryLedger(db.dataSource(), clock, id),
              RetryPolicy.DEFAULT,
              Sleeper.real(),
              clock,
              new SimpleMeterRegistry());
      this.scheduler =
          ReminderScheduler.start(
              db,
              TestSettings.schedule(),
              delivery,
              () -> ScheduleHarness.load(List.of(talk)),
              clock,
              new ReminderScheduler.Options(name, 4, true, Duration.ZERO, Duration.ofSeconds(1)),
              new LiveCatalogue());
    }

    /** As a dead process: connections cut, lanes stopped, Quartz left without checking out. */
    void kill() {
      db.close();
      delivery.close(Duration.ZERO);
      Thread quartz = new Thread(scheduler::close, "killed-" + id);
      quartz.setDaemon(true);
      quartz.start();
    }

    void close() {
      scheduler.close();
      delivery.close();
      discord.close();
      db.close();
    }
  }

  public static void main(String[] args) throws Exception {
    List<String> runs = args.length == 0 ? List.of("plain", "kill") : List.of(args);
    int n = Integer.getInteger("subscribers", 10_000);
    int replicas = Integer.getInteger("replicas", 3);
    for (String run : runs) {
      run(run, n, replicas, run.equals("kill"));
    }
    System.exit(0);
  }

  private static void run(String name, int n, int replicaCount, boolean kill) throws Exception {
    Settings.Storage storage = TestDatabases.postgres();
    try (StandInDiscord discord = new StandInDiscord()) {
      discord.enforceRateLimits();
      Map<String, String> env = new HashMap<>();
      env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
      env.put("WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl());
      env.put("WEBINARBOT_STORAGE_USER", storage.user());
      env.put("WEBINARBOT_STORAGE_PASSWORD", storage.password());
      Settings settings = new ConfigLoader(env).load(Optional.empty());
      Secrets secrets = new Secrets(env);

      // The window the plan will open, so its early start comes after the replicas are up.
      Duration window = webinarbot.schedule.FanoutWindow.lead("discord", n);
      Instant t0 = Instant.now();
      Instant due = t0.plus(SETUP).plus(window);
      Webinar talk = TestWebinars.startingAt("fanout", due.plus(PERSONAL_LEAD)).build();
      List<String> users = subscribe(storage, n, talk.id());

      List<Replica> replicas = new ArrayList<>();
      String scheduler = "dm-" + name + "-" + System.nanoTime();
      for (int i = 0; i < replicaCount; i++) {
        replicas.add(new Replica("r" + (i + 1), settings, secrets, talk, scheduler));
      }
      System.out.printf(
          "%s: %d subscribers, %d replicas, due %s (window %d s), started in %.1f s%n",
          name,
          n,
          replicaCount,
          due,
          window.toSeconds(),
          Duration.between(t0, Instant.now()).toMillis() / 1000.0);

      String killed = "none";
      Instant deadline = due.plus(Duration.ofMinutes(10));
      while (Instant.now().isBefore(deadline)) {
        int sent = discord.requests("POST", "channels/9\\d+/messages").size();
        if (kill && killed.equals("none") && sent >= n / 5) {
          Replica busiest = busiest(storage, replicas);
          busiest.kill();
          replicas.remove(busiest);
          killed = busiest.id + " at " + sent + " DMs";
          System.out.printf("%s: killed %s%n", name, killed);
        }
        if (sent >= n && Instant.now().isAfter(due)) {
          break;
        }
        Thread.sleep(500);
      }
      Thread.sleep(3000); // anything still in flight, and any repeat, lands
      report(name, discord, users, due, replicaCount, killed, refusedSummary(discord));
      replicas.forEach(Replica::close);
    }
  }

  /** Subscribers inserted in one batch, as thousands of clicks over the days before. */
  private static List<String> subscribe(Settings.Storage storage, int n, String webinarId)
      throws Exception {
    List<String> users = new ArrayList<>();
    try (Database db = Database.open(storage, Clock.systemUTC());
        Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO webinarbot_subscription (webinar_id, platform, user_id,"
                    + " subscribed_at) VALUES (?, 'discord', ?, ?)")) {
      for (int i = 0; i < n; i++) {
        String user = Long.toString(1_700_000_000_000_000_000L + i);
        users.add(user);
        s.setString(1, webinarId);
        s.setString(2, user);
        s.setLong(3, System.currentTimeMillis());
        s.addBatch();
      }
      s.executeBatch();
    }
    return users;
  }

  /** The replica holding the most open ledger rows: the one doing the fan-out. */
  private static Replica busiest(Settings.Storage storage, List<Replica> replicas)
      throws Exception {
    Map<String, Integer> open = new HashMap<>();
    try (Database db = Database.open(storage, Clock.systemUTC());
        Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT owner, COUNT(*) FROM webinarbot_delivery"
                    + " WHERE status IN ('pending', 'sending') GROUP BY owner");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        open.put(rs.getString(1), rs.getInt(2));
      }
    }
    return replicas.stream()
        .max(java.util.Comparator.comparingInt(r -> open.getOrDefault(r.id, 0)))
        .orElseThrow();
  }

  private static String refusedSummary(StandInDiscord discord) {
    return discord.refused().size() + " requests refused with 429";
  }

  private static void report(
      String name,
      StandInDiscord discord,
      List<String> users,
      Instant due,
      int replicas,
      String killed,
      String refused) {
    Map<String, Integer> accepted = new HashMap<>();
    discord
        .requests("POST", "channels/9\\d+/messages")
        .forEach(r -> accepted.merge(r.path().split("/")[1], 1, Integer::sum));
    List<Long> lateness = new ArrayList<>();
    int lost = 0;
    int twice = 0;
    int repeatedPosts = 0;
    Instant first = null;
    Instant last = null;
    for (String user : users) {
      List<ObjectNode> got = discord.directMessages(user);
      if (got.isEmpty()) {
        lost++;
        continue;
      }
      if (got.size() > 1) {
        twice++;
      }
      if (accepted.getOrDefault(StandInDiscord.directChannel(user), 0) > 1) {
        repeatedPosts++;
      }
      Instant at = Instant.parse(got.get(0).path("timestamp").asText());
      first = first == null || at.isBefore(first) ? at : first;
      last = last == null || at.isAfter(last) ? at : last;
      lateness.add(Math.max(0, Duration.between(due, at).toMillis()));
    }
    java.util.Collections.sort(lateness);
    System.out.printf(
        "RESULT dm %s: %d subscribers, %d replicas, killed %s: lateness p50 %.1f s, p99 %.1f s,"
            + " max %.1f s (budget p99 <= 60 s); first DM %.0f s before due, last %+.1f s;"
            + " twice %d (posts repeated %d), lost %d; %s%n",
        name,
        users.size(),
        replicas,
        killed,
        pct(lateness, 0.50),
        pct(lateness, 0.99),
        pct(lateness, 1.0),
        first == null ? Double.NaN : Duration.between(first, due).toMillis() / 1000.0,
        last == null ? Double.NaN : Duration.between(due, last).toMillis() / 1000.0,
        twice,
        repeatedPosts,
        lost,
        refused);
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }
}
