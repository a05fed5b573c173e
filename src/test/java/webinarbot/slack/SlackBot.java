package webinarbot.slack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.http.HttpLimits;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.PostingAnnouncer;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackSender;

/**
 * The Slack side of the bot, running for real: the module behind the Jetty server on a free port,
 * talking to a stand-in Slack Web API; the shared fixture of the Slack end-to-end tests.
 */
final class SlackBot implements AutoCloseable {
  static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String BOT_TOKEN = "xoxb-stand-in";
  static final String CHANNEL = "C0ANNOUNCE";
  static final String MAINTAINER = "U0MAINTAINER";
  static final String GROUP = "S0MAINTAINERS";
  static final String GROUP_MEMBER = "U0GROUPIE";
  static final String STRANGER = "U0STRANGER";

  final MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
  final SlackApiStandIn slack;
  final AtomicReference<Catalogue> catalogue = new AtomicReference<>(Catalogue.empty());
  final PostingAnnouncer announcer;
  final SlackModule module;
  final WebServer server;
  final SlackSender sender;
  final webinarbot.delivery.Subscriptions subscriptions;

  SlackBot(List<Webinar> webinars, Duration ackBudget) throws Exception {
    this(webinars, ackBudget, HttpLimits.DEFAULTS, List.of());
  }

  /**
   * @param limits the web server's, small in tests of slow and greedy clients
   * @param moreRoutes served beside {@code /slack/events}, such as {@code /healthz}
   */
  SlackBot(List<Webinar> webinars, Duration ackBudget, HttpLimits limits, List<Route> moreRoutes)
      throws Exception {
    this(webinars, ackBudget, limits, moreRoutes, webinarbot.delivery.CalendarLinks.GOOGLE_ONLY);
  }

  /** As the bot runs with {@code http.public_url} set: {@code calendar} offers the {@code .ics}. */
  SlackBot(List<Webinar> webinars, webinarbot.delivery.CalendarLinks calendar) throws Exception {
    this(webinars, SlackModule.ACK_BUDGET, HttpLimits.DEFAULTS, List.of(), calendar);
  }

  private SlackBot(
      List<Webinar> webinars,
      Duration ackBudget,
      HttpLimits limits,
      List<Route> moreRoutes,
      webinarbot.delivery.CalendarLinks calendar)
      throws Exception {
    slack = new SlackApiStandIn();
    slack.userGroup(GROUP, GROUP_MEMBER);
    catalogue.set(new Catalogue(webinars));
    AtomicReference<SlackModule> self = new AtomicReference<>();
    subscriptions = StandardCommands.subscriptions(clock);
    announcer = new PostingAnnouncer(catalogue::get, () -> self.get().notifier());
    module =
        new SlackModule(
                new SlackTokens(
                    BOT_TOKEN, java.util.Optional.of(SIGNING_SECRET), java.util.Optional.empty()),
                settings(slack.apiUrl()),
                calendar,
                clock,
                ackBudget)
            .serveCommands(
                StandardCommands.create(catalogue::get, clock, announcer, subscriptions));
    module.serveReminders(
        new webinarbot.command.PersonalReminders(
            catalogue::get,
            subscriptions,
            webinarbot.config.Settings.Schedule.DEFAULT_PERSONAL_REMINDER,
            clock));
    self.set(module);
    module.start();
    List<Route> routes = new java.util.ArrayList<>(module.routes(limits));
    routes.addAll(moreRoutes);
    server = new WebServer("127.0.0.1", 0, routes, limits).start();
    sender = new SlackSender(server.localUri().resolve(SlackModule.EVENTS_PATH), SIGNING_SECRET);
  }

  SlackBot(List<Webinar> webinars) throws Exception {
    this(webinars, SlackModule.ACK_BUDGET);
  }

  static Settings.Slack settings(URI apiUrl) {
    return new Settings.Slack(List.of(CHANNEL), List.of(MAINTAINER, GROUP), apiUrl);
  }

  /** Types {@code /webinars TEXT} as {@code user}, signed now. */
  java.net.http.HttpResponse<String> type(String text, String user) throws Exception {
    return sender.send(
        SlackSender.slashCommand(text, user, slack.responseUrl("1")), clock.instant());
  }

  /** Clicks the button {@code actionId} (value {@code value}) as {@code user}, signed now. */
  java.net.http.HttpResponse<String> click(String user, String actionId, String value)
      throws Exception {
    return sender.send(
        SlackSender.blockAction(user, actionId, value, CHANNEL, slack.responseUrl("click")),
        clock.instant());
  }

  @Override
  public void close() throws Exception {
    server.close();
    module.close();
    slack.close();
  }
}
