package webinarbot.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may cost the web server. Slack's requests are a few kilobytes that arrive at
 * once, and Slack gives up after three seconds, so the defaults leave it ample room while a client
 * that sends a huge, slow or never-ending body, or opens connection after connection, is cut off.
 *
 * @param maxBodyBytes a request body larger than this is refused with 413 while it is read,
 *     whatever its framing (Content-Length or chunked)
 * @param bodyTimeout a body not complete this long after its headers arrived is refused with 408
 * @param idleTimeout a connection with nothing to read or write for this long is closed
 * @param connectionsPerClient connections one remote address may hold open at once; 0 means no
 *     limit (behind a reverse proxy every connection comes from the proxy)
 */
public record HttpLimits(
    int maxBodyBytes, Duration bodyTimeout, Duration idleTimeout, int connectionsPerClient) {
  public static final int MAX_BODY_BYTES = 1 << 20;
  public static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  public static final int CONNECTIONS_PER_CLIENT = 64;

  public static final HttpLimits DEFAULTS =
      new HttpLimits(MAX_BODY_BYTES, BODY_TIMEOUT, IDLE_TIMEOUT, CONNECTIONS_PER_CLIENT);

  public HttpLimits {
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (maxBodyBytes <= 0 || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
      throw new IllegalArgumentException("a body limit must be positive");
    }
    if (connectionsPerClient < 0) {
      throw new IllegalArgumentException("connectionsPerClient must be 0 (no limit) or more");
    }
  }

  public HttpLimits withBodyTimeout(Duration timeout) {
    return new HttpLimits(maxBodyBytes, timeout, idleTimeout, connectionsPerClient);
  }

  public HttpLimits withConnectionsPerClient(int connections) {
    return new HttpLimits(maxBodyBytes, bodyTimeout, idleTimeout, connections);
  }
}
