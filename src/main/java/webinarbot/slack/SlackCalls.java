package webinarbot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webinarbot.delivery.DeliveryException;

/**
 * Runs one Web API call and turns every way it can fail into a {@link DeliveryException} of the
 * right kind: wait (429), retry (5xx, timeouts, Slack's own internal errors) or give up with a
 * message an operator can act on.
 */
final class SlackCalls {
  /** Used when a 429 comes without Retry-After, which Slack does not normally do. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private static final Set<String> TRANSIENT_ERRORS =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private static final Set<String> TOKEN_ERRORS =
      Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired");

  /** A Web API method call. */
  interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private SlackCalls() {}

  static <T extends SlackApiTextResponse> T call(String method, String channel, Call<T> call)
      throws DeliveryException {
    T response;
    try {
      response = call.run();
    } catch (SlackApiException e) {
      throw fromStatus(method, e);
    } catch (IOException e) {
      throw DeliveryException.transientFailure(method + " to " + channel + " failed: " + e, e);
    }
    if (!response.isOk()) {
      throw fromError(method, channel, response);
    }
    return response;
  }

  private static DeliveryException fromStatus(String method, SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return DeliveryException.rateLimited(
          method + " rate limited by Slack", retryAfter(e.getResponse().header("Retry-After")));
    }
    if (status >= 500) {
      return DeliveryException.transientFailure(method + " got HTTP " + status + " from Slack", e);
    }
    return DeliveryException.permanent(method + " got HTTP " + status + " from Slack");
  }

  private static DeliveryException fromError(
      String method, String channel, SlackApiTextResponse response) {
    String error = response.getError() == null ? "unknown_error" : response.getError();
    if (error.equals("ratelimited")) {
      return DeliveryException.rateLimited(
          method + " rate limited by Slack", retryAfter(header(response)));
    }
    if (TRANSIENT_ERRORS.contains(error)) {
      return DeliveryException.transientFailure(method + ": Slack answered " + error, null);
    }
    return DeliveryException.permanent(
        method + " to " + channel + ": " + explain(error, channel, response));
  }

  private static String explain(String error, String channel, SlackApiTextResponse r) {
    if (TOKEN_ERRORS.contains(error)) {
      return error
          + ": Slack does not accept SLACK_BOT_TOKEN; reinstall the app and set the new token";
    }
    return switch (error) {
      case "channel_not_found" ->
          error + ": no channel " + channel + " that the bot can see; check slack.channels";
      case "not_in_channel" -> error + ": invite the bot to " + channel + " (/invite @webinar-bot)";
      case "is_archived" -> error + ": channel " + channel + " is archived";
      case "missing_scope" ->
          error + ": the bot token lacks the scope " + r.getNeeded() + "; reinstall the app";
      default -> error + ": Slack refused the message";
    };
  }

  private static String header(SlackApiTextResponse response) {
    Map<String, List<String>> headers = response.getHttpResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Duration retryAfter(String header) {
    if (header == null) {
      return DEFAULT_RETRY_AFTER;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT_RETRY_AFTER;
    }
  }
}
