package webinarbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.app.Outbound;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.LedgerAnnouncer;
import webinarbot.delivery.Routing;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.discord.StandInDiscord;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * Issue 15's route budget: one announcement of a talk three {@code [[route]]} tables take, reaching
 * 50 distinct channels (25 Slack, 25 Discord; the routes overlap), through the bot's real outgoing
 * side ({@link Outbound}: Slack Web API client, Discord REST notifier, the ledger on H2) against
 * stand-ins that enforce Slack's and Discord's documented limits. Measures the first post to the
 * last, and that each channel got exactly one. Usage: {@code RouteFanoutBench [ROUNDS]}.
 */
public final class RouteFanoutBench {
  private static final int PER_PLATFORM = 25;

  private RouteFanoutBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    for (int round = 1; round <= rounds; round++) {
      round(round);
    }
    System.exit(0);
  }

  private static List<String> slackChannels() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < PER_PLATFORM; i++) {
      out.add(String.format("C0ROUTE%02d", i));
    }
    return out;
  }

  private static List<String> discordChannels() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < PER_PLATFORM; i++) {
      out.add(Long.toString(1_310_000_000_000_000_000L + i));
    }
    return out;
  }

  /**
   * Three routes over 50 channels: security (tags), CSIT (section), webinars (type), overlapping.
   */
  static String config(List<String> slack, List<String> discord) {
    return "[[route]]\nname = \"security\"\ntags = [\"security\"]\n"
        + "slack = "
        + toml(slack.subList(0, 12))
        + "\ndiscord = "
        + toml(discord.subList(0, 10))
        + "\n\n[[route]]\nname = \"csit\"\nsections = [\"events/csit\"]\n"
        + "slack = "
        + toml(slack.subList(10, 20))
        + "\ndiscord = "
        + toml(discord.subList(8, 18))
        + "\n\n[[route]]\nname = \"webinars\"\ntypes = [\"webinar\"]\n"
        + "slack = "
        + toml(slack.subList(18, 25))
        + "\ndiscord = "
        + toml(discord.subList(16, 25))
        + "\n";
  }

  private static String toml(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static void round(int round) throws Exception {
    List<String> slackIds = slackChannels();
    List<String> discordIds = discordChannels();
    Path dir = Files.createTempDirectory("routes-bench");
    Path file = dir.resolve("webinar-bot.toml");
    Files.writeString(file, config(slackIds, discordIds));
    try (SlackApiStandIn slack = new SlackApiStandIn();
        StandInDiscord discord = new StandInDiscord()) {
      slack.enforceRateLimits();
      discord.enforceRateLimits();
      Map<String, String> env = new HashMap<>();
      env.put(Secrets.SLACK_BOT_TOKEN, "xoxb-stand-in");
      env.put(Secrets.SLACK_SIGNING_SECRET, "stand-in-secret");
      env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
      env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      Settings.Storage h2 = TestDatabases.h2();
      env.put("WEBINARBOT_STORAGE_JDBC_URL", h2.jdbcUrl());
      Settings settings = new ConfigLoader(env).load(Optional.of(file));
      Webinar talk =
          WebinarBuilder.webinar("route_fanout")
              .starts("2030-06-10T17:00:00Z[UTC]")
              .tags("security")
              .placed("events/csit", "webinar")
              .build();
      Catalogue catalogue = new Catalogue(List.of(talk));
      Clock clock = Clock.systemUTC();
      try (Outbound out =
          Outbound.open(
              Outbound.Mode.ONE_SHOT,
              settings,
              new Secrets(env),
              clock,
              new PrintWriter(new StringWriter()),
              () -> catalogue,
              new SimpleMeterRegistry())) {
        Announcer announcer =
            new LedgerAnnouncer(
                () -> catalogue,
                out.delivery(),
                clock,
                Duration.ofMinutes(5),
                new Routing(settings.schedule().routes()));
        Instant asked = Instant.now();
        Announcer.Outcome outcome = announcer.announce(talk.id(), PostKind.ANNOUNCEMENT, false);
        Instant answered = Instant.now();
        report(round, slack, discord, slackIds, discordIds, asked, answered, outcome);
      }
    }
  }

  private static void report(
      int round,
      SlackApiStandIn slack,
      StandInDiscord discord,
      List<String> slackIds,
      List<String> discordIds,
      Instant asked,
      Instant answered,
      Announcer.Outcome outcome) {
    List<Instant> times = new ArrayList<>();
    int exactlyOne = 0;
    int twice = 0;
    int none = 0;
    for (String c : slackIds) {
      List<SlackApiStandIn.Posted> got = slack.messages(c);
      got.forEach(m -> times.add(m.at()));
      exactlyOne += got.size() == 1 ? 1 : 0;
      twice += got.size() > 1 ? 1 : 0;
      none += got.isEmpty() ? 1 : 0;
    }
    for (String c : discordIds) {
      List<ObjectNode> got = discord.messagesIn(c);
      got.forEach(m -> times.add(Instant.parse(m.path("timestamp").asText())));
      int accepted = discord.requests("POST", "channels/" + c + "/messages").size();
      exactlyOne += got.size() == 1 && accepted == 1 ? 1 : 0;
      twice += got.size() > 1 || accepted > 1 ? 1 : 0;
      none += got.isEmpty() ? 1 : 0;
    }
    java.util.Collections.sort(times);
    double spread =
        times.isEmpty()
            ? Double.NaN
            : Duration.between(times.get(0), times.get(times.size() - 1)).toMillis() / 1000.0;
    System.out.printf(
        "RESULT routes round %d: %d channels (%d Slack, %d Discord) over 3 routes: first->last post"
            + " %.2f s (budget <= 60 s), announce answered in %.2f s; exactly one %d, twice %d,"
            + " none %d; 429s: Slack %d, Discord %d; outcome %s%n",
        round,
        slackIds.size() + discordIds.size(),
        slackIds.size(),
        discordIds.size(),
        spread,
        Duration.between(asked, answered).toMillis() / 1000.0,
        exactlyOne,
        twice,
        none,
        slack.refused("chat.postMessage"),
        discord.refused().size(),
        summary(outcome));
  }

  private static String summary(Announcer.Outcome outcome) {
    return "posted "
        + outcome.posted().size()
        + ", already "
        + outcome.alreadyPosted().size()
        + ", failed "
        + outcome.failed();
  }
}
