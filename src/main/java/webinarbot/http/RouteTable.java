package webinarbot.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Sends each request to the route for its exact path; anything else is a plain 404. */
final class RouteTable extends Handler.AbstractContainer {
  private final Map<String, Handler> byPath = new LinkedHashMap<>();

  RouteTable(List<Route> routes) {
    for (Route r : routes) {
      if (byPath.putIfAbsent(r.path(), r.handler()) != null) {
        throw new IllegalArgumentException("two routes for " + r.path());
      }
      // Managed beans: Jetty starts and stops them with the server.
      addBean(r.handler(), true);
    }
  }

  /** The route for {@code /a/*} serves every path below {@code /a/}. */
  private Handler underPrefix(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? null : byPath.get(path.substring(0, slash + 1) + "*");
  }

  @Override
  public List<Handler> getHandlers() {
    return List.copyOf(byPath.values());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    Handler handler = byPath.get(path);
    if (handler == null) {
      handler = underPrefix(path);
    }
    if (handler != null && handler.handle(request, response, callback)) {
      return true;
    }
    PlainResponses.send(response, callback, HttpStatus.NOT_FOUND_404, "not found\n");
    return true;
  }
}
