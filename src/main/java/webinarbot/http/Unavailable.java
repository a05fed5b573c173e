package webinarbot.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A path whose feature is off, such as {@code /slack/events} without Slack's secrets: every request
 * gets 503 and the one-line reason, so whoever set up the URL sees why instead of a bare 404. The
 * body is never read.
 */
final class Unavailable extends Handler.Abstract.NonBlocking {
  private final String reason;

  Unavailable(String reason) {
    if (reason.contains("\n")) {
      throw new IllegalArgumentException("the reason is one line");
    }
    this.reason = reason;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    PlainResponses.send(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, reason + "\n");
    return true;
  }
}
