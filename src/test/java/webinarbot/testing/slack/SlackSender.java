package webinarbot.testing.slack;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends requests to the bot's {@code /slack/events} the way Slack does: form-encoded slash commands
 * with {@code X-Slack-Request-Timestamp} and an HMAC {@code X-Slack-Signature}.
 */
public final class SlackSender {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final String signingSecret;

  public SlackSender(URI endpoint, String signingSecret) {
    this.endpoint = endpoint;
    this.signingSecret = signingSecret;
  }

  /** The body Slack posts for {@code /webinars TEXT} typed by {@code userId}. */
  public static String slashCommand(String text, String userId, URI responseUrl) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("token", "legacy-verification-token");
    p.put("team_id", "T0STANDIN");
    p.put("team_domain", "stand-in");
    p.put("channel_id", "C0COMMANDS");
    p.put("channel_name", "webinars");
    p.put("user_id", userId);
    p.put("user_name", "someone");
    p.put("command", "/webinars");
    p.put("text", text);
    p.put("api_app_id", "A0APP");
    p.put("is_enterprise_install", "false");
    p.put("response_url", responseUrl.toString());
    p.put("trigger_id", "1.2.3");
    return Forms.encode(p);
  }

  /**
   * The body Slack posts when {@code userId} clicks the button {@code actionId} (value {@code
   * value}) on a message the bot posted in {@code channel}: {@code payload=} and the JSON.
   */
  public static String blockAction(
      String userId, String actionId, String value, String channel, URI responseUrl) {
    return Forms.encode(
        Map.of("payload", blockActionJson(userId, actionId, value, channel, responseUrl)));
  }

  /** The JSON payload of {@link #blockAction}, as Socket Mode carries it. */
  public static String blockActionJson(
      String userId, String actionId, String value, String channel, URI responseUrl) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0STANDIN\",\"domain\":\"stand-in\"},"
        + "\"user\":{\"id\":\""
        + userId
        + "\",\"username\":\"someone\",\"team_id\":\"T0STANDIN\"},"
        + "\"api_app_id\":\"A0APP\",\"token\":\"legacy-verification-token\","
        + "\"trigger_id\":\"1.2.3\","
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"1.000001\","
        + "\"channel_id\":\""
        + channel
        + "\",\"is_ephemeral\":false},"
        + "\"channel\":{\"id\":\""
        + channel
        + "\",\"name\":\"announcements\"},"
        + "\"response_url\":\""
        + responseUrl
        + "\","
        + "\"actions\":[{\"action_id\":\""
        + actionId
        + "\",\"block_id\":\""
        + actionId
        + "\",\"value\":\""
        + value
        + "\",\"type\":\"button\",\"action_ts\":\"1.2\"}]}";
  }

  /** Signed now with the right secret. */
  public HttpResponse<String> send(String body, Instant now)
      throws IOException, InterruptedException {
    return send(body, now.getEpochSecond(), signingSecret);
  }

  /** Signed at {@code timestamp} with {@code secret}: for stale, future and forged requests. */
  public HttpResponse<String> send(String body, long timestamp, String secret)
      throws IOException, InterruptedException {
    String ts = Long.toString(timestamp);
    return send(body, ts, new SlackSignature.Generator(secret).generate(ts, body));
  }

  public HttpResponse<String> send(String body, String timestamp, String signature)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
            .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
