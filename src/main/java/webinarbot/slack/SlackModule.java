package webinarbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.ChatCommands;
import webinarbot.command.PersonalReminders;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Notifier;
import webinarbot.http.HttpLimits;
import webinarbot.http.ReadinessCheck;
import webinarbot.http.Route;

/**
 * Everything Slack, as {@code serve} starts it: the notifier that posts to {@code slack.channels};
 * and the Bolt app, which answers {@code /webinars} once {@link #serveCommands} is called, reached
 * over HTTP ({@link #routes()}) or, when {@code SLACK_APP_TOKEN} is set, over Socket Mode. The
 * commands come second because announcing posts through delivery, which needs the notifier first.
 */
public final class SlackModule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackModule.class);

  /** The path Slack's request URL points at, as in the app manifest. */
  public static final String EVENTS_PATH = "/slack/events";

  /** Slack gives up after 3 s; an answer not ready by then follows through response_url. */
  static final Duration ACK_BUDGET = Duration.ofSeconds(2);

  private final App app;
  private final SlackNotifier notifier;
  private final SlackReadiness readiness;
  private final ExecutorService workers;
  private final Optional<String> appToken;
  private final Optional<String> signingSecret;
  private final Clock clock;
  private final int concurrency;
  private final SlackMaintainers maintainers;
  private final Duration ackBudget;
  private final CalendarLinks calendar;
  private SocketModeApp socketMode;

  SlackModule(SlackTokens tokens, Settings.Slack settings, Clock clock, Duration ackBudget) {
    this(tokens, settings, CalendarLinks.GOOGLE_ONLY, clock, ackBudget);
  }

  SlackModule(
      SlackTokens tokens,
      Settings.Slack settings,
      CalendarLinks calendar,
      Clock clock,
      Duration ackBudget) {
    Slack slack = SlackClients.create(settings.apiUrl());
    var client = slack.methods(tokens.bot());
    this.workers = CommandWorkers.create();
    this.concurrency = CommandWorkers.THREADS;
    this.maintainers = new SlackMaintainers(settings.maintainers(), client, clock);
    this.ackBudget = ackBudget;
    this.calendar = calendar;
    this.signingSecret = tokens.app().isPresent() ? Optional.empty() : tokens.signing();
    this.clock = clock;
    this.app = BoltApps.create(slack, tokens.bot());
    this.notifier =
        new SlackNotifier(
            client, settings.channels(), new SlackRenderer(calendar), settings.threads());
    this.appToken = tokens.app();
    this.readiness = new SlackReadiness(client, appToken.isPresent(), this::socketMode, clock);
  }

  /** True when the secrets Slack needs are set: then {@link #create} makes the module. */
  public static boolean isOn(Secrets secrets) {
    return SlackTokens.from(secrets).isPresent();
  }

  /** With {@code commands} served at once: for tests that need no delivery behind them. */
  SlackModule(
      SlackTokens tokens,
      Settings.Slack settings,
      ChatCommands commands,
      Clock clock,
      Duration ackBudget) {
    this(tokens, settings, clock, ackBudget);
    serveCommands(commands);
  }

  /** As {@link #create(Settings.Slack, CalendarLinks, Secrets, Clock)}, with only Google links. */
  public static Optional<SlackModule> create(
      Settings.Slack settings, Secrets secrets, Clock clock) {
    return create(settings, CalendarLinks.GOOGLE_ONLY, secrets, clock);
  }

  /**
   * The module, or empty (with one log line saying why) when the secrets for Slack are missing.
   *
   * @param calendar the "add to calendar" links posts carry ({@code http.public_url})
   */
  public static Optional<SlackModule> create(
      Settings.Slack settings, CalendarLinks calendar, Secrets secrets, Clock clock) {
    Optional<SlackTokens> tokens = SlackTokens.from(secrets);
    if (tokens.isEmpty()) {
      LOG.info("Slack is off: {}", SlackTokens.whatIsMissing(secrets));
      return Optional.empty();
    }
    return Optional.of(new SlackModule(tokens.get(), settings, calendar, clock, ACK_BUDGET));
  }

  /** Answers {@code /webinars} with {@code commands}; call before {@link #start}. */
  public SlackModule serveCommands(ChatCommands commands) {
    BoltApps.answer(
        app, new WebinarsSlashCommand(commands, maintainers, workers, ackBudget, calendar));
    return this;
  }

  /** Answers clicks on "Remind me" with {@code reminders}; call before {@link #start}. */
  public SlackModule serveReminders(PersonalReminders reminders) {
    app.blockAction(BlockKit.REMIND_ACTION, new RemindMeClick(reminders, maintainers, workers));
    return this;
  }

  /**
   * {@code /slack/events}: Bolt in HTTP mode; in Socket Mode, where Slack calls no URL, a 503
   * saying so, for whoever still points Slack's request URL at the bot.
   */
  public List<Route> routes(HttpLimits limits) {
    if (signingSecret.isEmpty()) {
      return List.of(
          Route.unavailable(
              EVENTS_PATH,
              "Slack uses Socket Mode here ("
                  + Secrets.SLACK_APP_TOKEN
                  + " is set); this URL is not used"));
    }
    return List.of(
        new Route(EVENTS_PATH, new SlackEventsHandler(app, signingSecret.get(), clock, limits)));
  }

  public List<Route> routes() {
    return routes(HttpLimits.DEFAULTS);
  }

  /** {@code /slack/events} while Slack is off: 503 and the same reason the log gives. */
  public static List<Route> routesWhenOff(Secrets secrets) {
    return List.of(
        Route.unavailable(EVENTS_PATH, "Slack is off: " + SlackTokens.whatIsMissing(secrets)));
  }

  public boolean socketModeEnabled() {
    return appToken.isPresent();
  }

  public Notifier notifier() {
    return notifier;
  }

  /** For {@code /readyz}: Slack accepts the token (HTTP mode) or the websocket is up. */
  public ReadinessCheck readinessCheck() {
    return readiness;
  }

  private synchronized SocketModeApp socketMode() {
    return socketMode;
  }

  /** Connects Socket Mode, if configured; HTTP mode needs nothing beyond the web server. */
  public synchronized void start() throws IOException {
    app.start();
    if (appToken.isEmpty()) {
      LOG.info("Slack is on: /webinars over HTTP at {}", EVENTS_PATH);
      return;
    }
    try {
      socketMode =
          new SocketModeApp(
              appToken.get(), app, SocketModeClient.Backend.JavaWebSocket, concurrency);
      socketMode.startAsync();
    } catch (Exception e) { // the SDK declares Exception; callers get one kind of failure
      throw new IOException("Slack Socket Mode did not connect: " + e.getMessage(), e);
    }
    LOG.info("Slack is on: /webinars over Socket Mode");
  }

  @Override
  public synchronized void close() throws Exception {
    if (socketMode != null) {
      socketMode.close();
      socketMode = null;
    }
    app.stop();
    workers.shutdownNow();
  }
}
