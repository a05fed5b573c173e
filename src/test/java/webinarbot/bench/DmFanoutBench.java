package webinarbot.bench;

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
import javax.sql.DataSource;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.RetryPolicy;
import webinarbot.delivery.Sleeper;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.discord.EventImages;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.schedule.FanoutWindow;
import webinarbot.schedule.LiveCatalogue;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.slack.SlackModule;
import webinarbot.storage.Database;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * Issue 14's fan-out budget: N subscribers of one talk get their personal reminder, p99 lateness ≤
 * 60 s, none twice and none lost, under the platform's documented rate limits, on Discord or on
 * Slack. On Discord the stand-in enforces the global 50 requests a second and 5 messages per 5 s
 * per channel, and each DM is two requests (open the DM channel, post); on Slack it enforces {@code
 * chat.postMessage}'s 1 a second per channel (5 in 5 s) and {@value
 * SlackApiStandIn#WORKSPACE_POSTS_PER_MINUTE} a minute per workspace, Tier 3 (50 a minute) for
 * {@code conversations.open} and {@code conversations.history}, and each DM is one {@code
 * chat.postMessage} to the user id. Replicas are in-process, each with its own connection pool,
 * ledger name, notifier (as {@code serve} builds it) and real clustered Quartz on one embedded
 * PostgreSQL, on the real clock. With {@code kill}, the replica doing the fan-out is killed
 * (connections cut, lanes interrupted, Quartz gone without checking out) once a fifth of the DMs
 * are out.
 *
 * <p>Lateness is the stand-in's receipt time minus the due time (start − 15 min); an early DM
 * counts 0 and how early the first went is reported. Twice: users with more than one message or
 * more than one accepted post; lost: users with none.
 *
 * <p>Usage: {@code DmFanoutBench [discord|slack] [plain|kill|kill9 ...]} (default Discord) with
 * {@code -Dsubscribers=10000} and {@code -Dreplicas=3}.
 */
public final class DmFanoutBench {
  private static final Duration SETUP = Duration.ofSeconds(45);

  /** Three {@code serve} processes start in well under this on two cores. */
  private static final Duration SERVE_SETUP = Duration.ofSeconds(120);

  private static final Duration PERSONAL_LEAD = Duration.ofMinutes(15);

  private DmFanoutBench() {}

  /** A replica of the cluster under test, in this JVM or a process of its own. */
  interface Member {
    String id();

    /** Whether ledger rows of this {@code owner} are this replica's. */
    boolean owns(String owner);

    /** As its process dies. */
    void kill() throws Exception;

    void close() throws Exception;
  }

  /** One replica in this JVM: pool, delivery, the platform's notifier, clustered Quartz. */
  private static final class Replica implements Member {
    final String id;
    final Database db;
    final Outlet outlet;
    final DeliveryService delivery;
    final ReminderScheduler scheduler;

    Replica(
        String id, Platform platform, Settings settings, Secrets secrets, Webinar talk, String name)
        throws Exception {
      Clock clock = Clock.systemUTC();
      this.id = id;
      this.db = Database.open(settings.storage(), clock);
      this.outlet = platform.outlet(settings, secrets, db.dataSource(), clock);
      this.delivery =
          new DeliveryService(
              List.of(outlet.notifier()),
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

    @Override
    public String id() {
      return id;
    }

    @Override
    public boolean owns(String owner) {
      return owner.equals(id);
    }

    /** As a dead process: connections cut, lanes stopped, Quartz left without checking out. */
    @Override
    public void kill() {
      db.close();
      delivery.close(Duration.ZERO);
      Thread quartz = new Thread(scheduler::close, "killed-" + id);
      quartz.setDaemon(true);
      quartz.start();
    }

    @Override
    public void close() throws Exception {
      scheduler.close();
      delivery.close();
      outlet.close();
      db.close();
    }
  }

  /** A replica's way out to the platform: its notifier and whatever must be closed with it. */
  private record Outlet(Notifier notifier, AutoCloseable module) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      module.close();
    }
  }

  /** A platform's stand-in with its limits on, and how a replica posts to it. */
  private interface Platform extends AutoCloseable {
    /** {@code discord} or {@code slack}: the subscriptions' platform and the plan's rate. */
    String name();

    /** The {@code i}-th subscriber's user id on this platform. */
    String user(int i);

    /** What a replica's configuration and secrets need to post to the stand-in. */
    void configure(Map<String, String> env);

    Outlet outlet(Settings settings, Secrets secrets, DataSource pool, Clock clock)
        throws Exception;

    /** DMs the stand-in has taken so far. */
    int sent();

    /** When the stand-in took each DM to {@code user}, in order. */
    List<Instant> received(String user);

    /** Posts the stand-in accepted for {@code user} (more than messages where it folds repeats). */
    int accepted(String user);

    String refusedSummary();
  }

  /** Discord: the stand-in's REST API and gateway; replicas post through the REST notifier. */
  private static final class OnDiscord implements Platform {
    private final StandInDiscord discord = new StandInDiscord();
    private Map<String, Integer> accepted;

    OnDiscord() throws Exception {
      discord.enforceRateLimits();
    }

    @Override
    public String name() {
      return "discord";
    }

    @Override
    public String user(int i) {
      return Long.toString(1_700_000_000_000_000_000L + i);
    }

    @Override
    public void configure(Map<String, String> env) {
      env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
    }

    @Override
    public Outlet outlet(Settings settings, Secrets secrets, DataSource pool, Clock clock) {
      DiscordModule module =
          DiscordModule.start(
                  settings,
                  secrets,
                  pool,
                  Catalogue::empty,
                  clock,
                  new DiscordOptions(Duration.ofSeconds(15), EventImages.NONE).postsOnly())
              .orElseThrow();
      return new Outlet(module.notifier(), module);
    }

    @Override
    public int sent() {
      return discord.requests("POST", "channels/9\\d+/messages").size();
    }

    @Override
    public List<Instant> received(String user) {
      return discord.directMessages(user).stream()
          .map(m -> Instant.parse(m.path("timestamp").asText()))
          .toList();
    }

    @Override
    public synchronized int accepted(String user) {
      if (accepted == null) {
        accepted = new HashMap<>();
        discord
            .requests("POST", "channels/9\\d+/messages")
            .forEach(r -> accepted.merge(r.path().split("/")[1], 1, Integer::sum));
      }
      return accepted.getOrDefault(StandInDiscord.directChannel(user), 0);
    }

    @Override
    public String refusedSummary() {
      return discord.refused().size() + " requests refused with 429";
    }

    @Override
    public void close() throws Exception {
      discord.close();
    }
  }

  /**
   * Slack: the Web API stand-in; replicas post through the notifier {@code serve}'s Slack module
   * builds ({@code chat.postMessage} to the user id, as a personal reminder goes).
   */
  private static final class OnSlack implements Platform {
    private final SlackApiStandIn slack = new SlackApiStandIn();

    OnSlack() throws Exception {
      slack.enforceRateLimits();
    }

    @Override
    public String name() {
      return "slack";
    }

    @Override
    public String user(int i) {
      return "U" + (10_000_000 + i);
    }

    @Override
    public void configure(Map<String, String> env) {
      env.put(Secrets.SLACK_BOT_TOKEN, "xoxb-stand-in");
      env.put(Secrets.SLACK_SIGNING_SECRET, "stand-in-secret");
      env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
    }

    @Override
    public Outlet outlet(Settings settings, Secrets secrets, DataSource pool, Clock clock) {
      SlackModule module = SlackModule.create(settings.slack(), secrets, clock).orElseThrow();
      return new Outlet(module.notifier(), module);
    }

    @Override
    public int sent() {
      return slack.calls("chat.postMessage").size() - (int) slack.refused("chat.postMessage");
    }

    @Override
    public List<Instant> received(String user) {
      return slack.messages("D" + user).stream().map(SlackApiStandIn.Posted::at).toList();
    }

    /** Slack folds no repeats: every accepted post is a message. */
    @Override
    public int accepted(String user) {
      return slack.messages("D" + user).size();
    }

    @Override
    public String refusedSummary() {
      return slack.refused("chat.postMessage")
          + " chat.postMessage, "
          + slack.refused("conversations.open")
          + " conversations.open and "
          + slack.refused("conversations.history")
          + " conversations.history refused with 429; looked up after the kill: "
          + slack.calls("conversations.history").size()
          + " DMs";
    }

    @Override
    public void close() {
      slack.close();
    }
  }

  public static void main(String[] args) throws Exception {
    List<String> given = new ArrayList<>(List.of(args));
    String platform =
        !given.isEmpty() && List.of("discord", "slack").contains(given.get(0))
            ? given.remove(0)
            : "discord";
    List<String> runs = given.isEmpty() ? List.of("plain", "kill") : given;
    int n = Integer.getInteger("subscribers", 10_000);
    int replicas = Integer.getInteger("replicas", 3);
    for (String run : runs) {
      try (Platform p = platform.equals("slack") ? new OnSlack() : new OnDiscord()) {
        run(p, run, n, replicas, run.startsWith("kill"));
      }
    }
    System.exit(0);
  }

  private static void run(Platform platform, String run, int n, int replicaCount, boolean kill)
      throws Exception {
    // "plain" on Discord, as its lines always read; "slack plain" on Slack.
    String name = platform.name().equals("discord") ? run : platform.name() + " " + run;
    Settings.Storage storage = TestDatabases.postgres();
    Map<String, String> env = new HashMap<>();
    platform.configure(env);
    env.put("WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl());
    env.put("WEBINARBOT_STORAGE_USER", storage.user());
    env.put("WEBINARBOT_STORAGE_PASSWORD", storage.password());
    Settings settings = new ConfigLoader(env).load(Optional.empty());
    Secrets secrets = new Secrets(env);

    // kill9: each replica a serve process of its own, killed with SIGKILL.
    boolean processes = run.equals("kill9");
    // The window the plan will open, so its early start comes after the replicas are up.
    Duration window = FanoutWindow.lead(platform.name(), n);
    Instant t0 = Instant.now();
    Instant due = t0.plus(processes ? SERVE_SETUP : SETUP).plus(window);
    Webinar talk =
        TestWebinars.startingAt(
                "fanout",
                due.plus(PERSONAL_LEAD).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .build();
    List<String> users = subscribe(storage, platform, n, talk.id());

    List<Member> replicas = new ArrayList<>();
    if (processes) {
      replicas.addAll(serveReplicas(replicaCount, env, talk));
    } else {
      String scheduler = "dm-" + name + "-" + System.nanoTime();
      for (int i = 0; i < replicaCount; i++) {
        replicas.add(new Replica("r" + (i + 1), platform, settings, secrets, talk, scheduler));
      }
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
      int sent = platform.sent();
      if (kill && killed.equals("none") && sent >= n / 5) {
        Member busiest = busiest(storage, replicas);
        busiest.kill();
        replicas.remove(busiest);
        killed = busiest.id() + " at " + sent + " DMs";
        System.out.printf("%s: killed %s%n", name, killed);
      }
      if (sent >= n && Instant.now().isAfter(due)) {
        break;
      }
      Thread.sleep(500);
    }
    Thread.sleep(3000); // anything still in flight, and any repeat, lands
    report(name, platform, users, due, replicaCount, killed);
    System.out.printf("%s: ledger at the end: %s%n", name, ledgerStatuses(storage));
    for (Member r : replicas) {
      r.close();
    }
  }

  /**
   * Replicas as {@code serve} processes on the talk's page, configured as {@code env} says: the
   * platform's stand-in and the cluster's PostgreSQL.
   */
  private static List<ServeReplica> serveReplicas(int count, Map<String, String> env, Webinar talk)
      throws Exception {
    java.nio.file.Path work = java.nio.file.Files.createTempDirectory("dm-kill9");
    webinarbot.testing.PageFolder pages = new webinarbot.testing.PageFolder(work);
    pages.write(
        talk.id() + ".md",
        String.format(
            "+++\ntitle = \"Fan-out\"\nslug = \"%s\"\ndate = %s\ntype = \"webinar\"\n+++\n"
                + "Ten thousand people asked to be reminded.\n",
            talk.id(), talk.time().startInstant()));
    List<ServeReplica> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      started.add(new ServeReplica("r" + (i + 1), work, pages.root(), env));
    }
    for (ServeReplica r : started) {
      r.awaitServing();
    }
    System.out.printf("serve logs in %s%n", work);
    return started;
  }

  /** Subscribers inserted in one batch, as thousands of clicks over the days before. */
  private static List<String> subscribe(
      Settings.Storage storage, Platform platform, int n, String webinarId) throws Exception {
    List<String> users = new ArrayList<>();
    try (Database db = Database.open(storage, Clock.systemUTC());
        Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO webinarbot_subscription (webinar_id, platform, user_id,"
                    + " subscribed_at) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < n; i++) {
        String user = platform.user(i);
        users.add(user);
        s.setString(1, webinarId);
        s.setString(2, platform.name());
        s.setString(3, user);
        s.setLong(4, System.currentTimeMillis());
        s.addBatch();
      }
      s.executeBatch();
    }
    return users;
  }

  /** The replica holding the most open ledger rows: the one doing the fan-out. */
  private static Member busiest(Settings.Storage storage, List<Member> replicas) throws Exception {
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
    Map<Member, Integer> held = new HashMap<>();
    open.forEach(
        (owner, rows) ->
            replicas.stream()
                .filter(r -> r.owns(owner))
                .forEach(r -> held.merge(r, rows, Integer::sum)));
    return replicas.stream()
        .max(java.util.Comparator.comparingInt(r -> held.getOrDefault(r, 0)))
        .orElseThrow();
  }

  /** How many of the fan-out's ledger rows end in each status: all should be sent. */
  private static Map<String, Integer> ledgerStatuses(Settings.Storage storage) throws Exception {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    try (Database db = Database.open(storage, Clock.systemUTC());
        Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT status, COUNT(*) FROM webinarbot_delivery GROUP BY status");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private static void report(
      String name,
      Platform platform,
      List<String> users,
      Instant due,
      int replicas,
      String killed) {
    List<Long> lateness = new ArrayList<>();
    int lost = 0;
    int twice = 0;
    int repeatedPosts = 0;
    Instant first = null;
    Instant last = null;
    for (String user : users) {
      List<Instant> got = platform.received(user);
      if (got.isEmpty()) {
        lost++;
        continue;
      }
      if (got.size() > 1) {
        twice++;
      }
      if (platform.accepted(user) > 1) {
        repeatedPosts++;
      }
      Instant at = got.get(0);
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
        platform.refusedSummary());
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }
}
