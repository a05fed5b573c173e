package webinarbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.URI;

/** The Slack SDK entry point, pointed at {@code slack.api_url} (a stand-in in tests). */
public final class SlackClients {
  /** Web API calls that take longer than this are treated as failed and retried later. */
  static final int CALL_TIMEOUT_MILLIS = 10_000;

  private SlackClients() {}

  public static Slack create(URI apiUrl) {
    SlackConfig config = new SlackConfig();
    String prefix = apiUrl.toString();
    config.setMethodsEndpointUrlPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
    // The SDK's built-in stats call auth.test behind our back for every new token.
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
    return Slack.getInstance(config);
  }
}
