package webinarbot.http;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /healthz}: the process is alive and its web server answers. Deliberately checks nothing
 * else, so a database or chat outage makes the bot unready ({@code /readyz}), never restarted.
 */
final class HealthHandler extends Handler.Abstract.NonBlocking {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put("Cache-Control", "no-store");
    PlainResponses.send(response, callback, HttpStatus.OK_200, "ok\n");
    return true;
  }
}
