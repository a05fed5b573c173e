package webinarbot.bench;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import webinarbot.command.PersonalReminders;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.http.PlainResponses;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.slack.SlackModule;
import webinarbot.storage.Database;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * The server side of {@code bench/clicks/run.sh}: the bot's real Slack module with "Remind me"
 * served as {@code serve} wires it (subscriptions in a real PostgreSQL behind the bot's own
 * connection pool, migrations applied) and, for reference, a bare Bolt app whose {@code
 * block_actions} handler only acks, each behind the bot's Jetty server on its own port.
 *
 * <p>Arguments: {@code TIMESTAMP SECRET BOT_PORT BARE_PORT}. The bot checks signatures on a clock
 * fixed at TIMESTAMP, so clicks signed in advance stay valid for the whole run; the bare app keeps
 * Bolt's own check (system clock). {@code GET /bench/subscribers?id=ID} on the bot's port answers
 * how many want a reminder of ID and how many distinct users that is.
 */
public final class ClickBenchServer {
  private static final String SUBSCRIBERS = "/bench/subscribers";

  private ClickBenchServer() {}

  public static void main(String[] args) throws Exception {
    Instant signedAt = Instant.ofEpochSecond(Long.parseLong(args[0]));
    String secret = args[1];
    SlackApiStandIn slack = new SlackApiStandIn();
    Catalogue catalogue = FdioCorpus.load().catalogue();
    Clock catalogueClock = Clock.fixed(SlackBenchServer.CATALOGUE_NOW, ZoneOffset.UTC);
    List<Webinar> upcoming = catalogue.upcoming(catalogueClock.instant());
    Database db = Database.open(TestDatabases.postgres(), catalogueClock);
    Subscriptions subscriptions = new Subscriptions(db.dataSource(), catalogueClock);
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
                    () -> catalogue,
                    catalogueClock,
                    StandardCommands.refusingAnnouncer(),
                    subscriptions))
            .serveReminders(
                new PersonalReminders(
                    () -> catalogue,
                    subscriptions,
                    Settings.Schedule.DEFAULT_PERSONAL_REMINDER,
                    catalogueClock));
    bot.start();
    List<Route> routes = new ArrayList<>(bot.routes());
    routes.add(new Route(SUBSCRIBERS, new Subscribers(db)));
    WebServer botServer = new WebServer("127.0.0.1", Integer.parseInt(args[2]), routes).start();
    WebServer bareServer =
        new WebServer(
                "127.0.0.1",
                Integer.parseInt(args[3]),
                List.of(
                    new Route(
                        SlackModule.EVENTS_PATH, new BareBoltHandler(bareBolt(slack, secret)))))
            .start();
    System.out.println(
        "ready bot="
            + botServer.port()
            + " bare="
            + bareServer.port()
            + " webinar="
            + upcoming.get(0).id()
            + " warmup="
            + upcoming.get(1).id());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** Bolt as its README shows it: default middleware, one block action that acks. */
  private static App bareBolt(SlackApiStandIn slack, String secret) {
    App app = BareBoltHandler.bareApp(slack, secret);
    app.blockAction("remind-me", (req, ctx) -> ctx.ack());
    return app;
  }

  /** "subscriptions=N users=M" for {@code ?id=ID}, counted in the database. */
  private static final class Subscribers extends Handler.Abstract {
    private final Database db;

    Subscribers(Database db) {
      this.db = db;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Fields query = Request.extractQueryParameters(request);
      String id = query.getValue("id");
      try (var c = db.connection();
          var s =
              c.prepareStatement(
                  "SELECT COUNT(*), COUNT(DISTINCT platform || ':' || user_id)"
                      + " FROM webinarbot_subscription WHERE webinar_id = ?")) {
        s.setString(1, id);
        try (var rs = s.executeQuery()) {
          rs.next();
          PlainResponses.send(
              response,
              callback,
              200,
              "subscriptions=" + rs.getLong(1) + " users=" + rs.getLong(2) + "\n");
        }
      }
      return true;
    }
  }
}
