package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/** What the stand-in REST API answers: a status, a JSON body, headers, after an optional delay. */
public record Answer(int status, JsonNode body, Map<String, String> headers, Duration delay) {
  public Answer {
    headers = Map.copyOf(headers);
  }

  static Answer ok(JsonNode body) {
    return new Answer(200, body, Map.of(), Duration.ZERO);
  }

  static Answer noContent() {
    return new Answer(204, null, Map.of(), Duration.ZERO);
  }

  /** A Discord error: {@code {"code": 10003, "message": "Unknown Channel"}}. */
  public static Answer error(int status, int code, String message) {
    return new Answer(
        status,
        DiscordWorld.object().put("code", code).put("message", message),
        Map.of(),
        Duration.ZERO);
  }

  /** A per-route 429 as Discord sends it, with the seconds to wait in header and body. */
  public static Answer rateLimited(double retryAfterSeconds) {
    JsonNode body =
        DiscordWorld.object()
            .put("message", "You are being rate limited.")
            .put("retry_after", retryAfterSeconds)
            .put("global", false);
    String seconds = Double.toString(retryAfterSeconds);
    return new Answer(
        429,
        body,
        Map.of(
            "Retry-After", Integer.toString((int) Math.ceil(retryAfterSeconds)),
            "X-RateLimit-Limit", "5",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset-After", seconds,
            "X-RateLimit-Bucket", "stand-in-bucket",
            "X-RateLimit-Scope", "user"),
        Duration.ZERO);
  }

  /** Answers only after {@code delay}: for timeouts. */
  public Answer after(Duration delay) {
    return new Answer(status, body, headers, delay);
  }
}
