package webinarbot.http;

import java.util.Objects;
import org.eclipse.jetty.server.Handler;

/**
 * One path the web server answers, such as {@code /slack/events} or {@code /healthz}. Modules
 * contribute routes; the server knows none of them by name.
 *
 * @param path the exact request path, starting with {@code /}
 * @param handler a Jetty core handler that answers every request for that path
 */
public record Route(String path, Handler handler) {
  public Route {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a route path starts with /: " + path);
    }
  }

  /** {@code path} answers 503 with {@code reason} (one line) to every request. */
  public static Route unavailable(String path, String reason) {
    return new Route(path, new Unavailable(reason));
  }
}
