package webinarbot.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * For read-only endpoints: GET and HEAD reach the endpoint; PUT, DELETE, TRACE and everything else
 * get 405 with {@code Allow: GET, HEAD}, so nothing but a read is ever answered 200.
 */
final class GetOrHeadOnly extends Handler.Wrapper {
  GetOrHeadOnly(Handler endpoint) {
    super(endpoint);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) {
      return super.handle(request, response, callback);
    }
    response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
    PlainResponses.send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET or HEAD\n");
    return true;
  }
}
