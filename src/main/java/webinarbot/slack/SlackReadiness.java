package webinarbot.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import webinarbot.http.ReadinessCheck;

/**
 * Whether Slack can be reached with the bot's token. Socket Mode: the websocket answers a ping.
 * HTTP mode: {@code auth.test} accepts the token; that costs a round trip, so its answer is reused
 * for a minute (ten seconds after a failure, so a recovery shows soon).
 */
final class SlackReadiness implements ReadinessCheck {
  private static final Duration KEEP_SUCCESS = Duration.ofMinutes(1);
  private static final Duration KEEP_FAILURE = Duration.ofSeconds(10);

  private record Seen(Result result, Instant at) {}

  private final MethodsClient client;
  private final Supplier<SocketModeApp> socketMode;
  private final boolean usesSocketMode;
  private final Clock clock;
  private volatile Seen last;

  SlackReadiness(
      MethodsClient client,
      boolean usesSocketMode,
      Supplier<SocketModeApp> socketMode,
      Clock clock) {
    this.client = client;
    this.usesSocketMode = usesSocketMode;
    this.socketMode = socketMode;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public Result check() {
    return usesSocketMode ? socket() : cachedAuthTest();
  }

  private Result socket() {
    SocketModeApp app = socketMode.get();
    if (app == null) {
      return Result.notReady("Socket Mode not started");
    }
    return app.getClient().verifyConnection()
        ? Result.ready("Socket Mode connected")
        : Result.notReady("Socket Mode not connected; reconnecting");
  }

  private Result cachedAuthTest() {
    Seen seen = last;
    Instant now = clock.instant();
    if (seen != null) {
      Duration keep = seen.result().ready() ? KEEP_SUCCESS : KEEP_FAILURE;
      if (now.isBefore(seen.at().plus(keep))) {
        return seen.result();
      }
    }
    Result result = authTest();
    last = new Seen(result, now);
    return result;
  }

  private Result authTest() {
    try {
      AuthTestResponse r = client.authTest(req -> req);
      return r.isOk()
          ? Result.ready("token accepted (team " + r.getTeam() + ")")
          : Result.notReady("auth.test: " + r.getError());
    } catch (SlackApiException e) {
      return Result.notReady("auth.test: HTTP " + e.getResponse().code());
    } catch (IOException e) {
      return Result.notReady("Slack Web API unreachable: " + e.getMessage());
    }
  }
}
