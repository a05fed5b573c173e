package webinarbot.bench;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.slack.BoltApps;
import webinarbot.slack.SlackModule;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * The server side of {@code bench/slack/run.sh}: the bot's real Slack module and, for reference, a
 * bare Bolt app that only acks, each behind the same Jetty adapter on its own port, in one JVM. A
 * stand-in Web API answers the {@code auth.test} both apps make.
 *
 * <p>Arguments: {@code TIMESTAMP SECRET BOT_PORT BARE_PORT}. The bot's signature check runs on a
 * clock fixed at TIMESTAMP, so one pre-signed request stays valid for the whole run; the bare app,
 * behind {@link BareBoltHandler}, keeps Bolt's own check (system clock), so the run must finish
 * within five minutes.
 */
public final class SlackBenchServer {
  /** What {@code /webinars list} sees: a week before FOSDEM 2025, eight webinars upcoming. */
  static final Instant CATALOGUE_NOW = Instant.parse("2025-01-20T00:00:00Z");

  private SlackBenchServer() {}

  public static void main(String[] args) throws Exception {
    Instant signedAt = Instant.ofEpochSecond(Long.parseLong(args[0]));
    String secret = args[1];
    SlackApiStandIn slack = new SlackApiStandIn();
    Catalogue catalogue = FdioCorpus.load().catalogue();
    Clock catalogueClock = Clock.fixed(CATALOGUE_NOW, ZoneOffset.UTC);
    Map<String, String> env = new HashMap<>();
    env.put(Secrets.SLACK_BOT_TOKEN, "xoxb-bench");
    env.put(Secrets.SLACK_SIGNING_SECRET, secret);
    SlackModule bot =
        SlackModule.create(
                new Settings.Slack(List.of("C0BENCH"), List.of(), slack.apiUrl()),
                new Secrets(env),
                Clock.fixed(signedAt, ZoneOffset.UTC))
            .orElseThrow()
            .serveCommands(
                StandardCommands.create(
                    () -> catalogue, catalogueClock, StandardCommands.refusingAnnouncer()));
    bot.start();
    WebServer botServer =
        new WebServer("127.0.0.1", Integer.parseInt(args[2]), bot.routes()).start();
    WebServer bareServer =
        new WebServer(
                "127.0.0.1",
                Integer.parseInt(args[3]),
                List.of(
                    new Route(
                        SlackModule.EVENTS_PATH, new BareBoltHandler(bareBolt(slack, secret)))))
            .start();
    System.out.println("ready bot=" + botServer.port() + " bare=" + bareServer.port());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** Bolt as its README shows it: default middleware, one command that acks. */
  private static App bareBolt(SlackApiStandIn slack, String secret) {
    App app = BareBoltHandler.bareApp(slack, secret);
    app.command(BoltApps.COMMAND, (req, ctx) -> ctx.ack());
    return app;
  }
}
