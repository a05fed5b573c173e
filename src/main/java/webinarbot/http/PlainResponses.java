package webinarbot.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small text answers, shared by routes that only need a status and a line. */
public final class PlainResponses {
  private PlainResponses() {}

  public static void send(Response response, Callback callback, int status, String body) {
    write(response, callback, status, "text/plain; charset=utf-8", body);
  }

  public static void write(
      Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    Content.Sink.write(response, true, body, callback);
  }
}
