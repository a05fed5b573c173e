package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** The one HTTP server serves whatever routes the modules bring, and nothing else. */
class WebServerTest {
  private static Handler answering(String text) {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        PlainResponses.send(response, callback, 200, text);
        return true;
      }
    };
  }

  private static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.localUri().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenRoutesFromTwoModules_whenRequested_thenEachPathReachesItsHandler() throws Exception {
    try (WebServer server =
        new WebServer(
                "127.0.0.1",
                0,
                List.of(
                    new Route("/healthz", answering("ok")),
                    new Route("/slack/events", answering("bolt"))))
            .start()) {
      assertThat(get(server, "/healthz").body()).isEqualTo("ok");
      assertThat(get(server, "/slack/events").body()).isEqualTo("bolt");
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void givenAPathNoModuleServes_whenRequested_thenNotFound() throws Exception {
    try (WebServer server =
        new WebServer("127.0.0.1", 0, List.of(new Route("/healthz", answering("ok")))).start()) {
      HttpResponse<String> r = get(server, "/healthz/extra");

      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.headers().firstValue("Server")).isEmpty();
    }
  }

  @Test
  void givenTwoRoutesForOnePath_whenBuilt_thenRefused() {
    assertThatThrownBy(
            () ->
                new WebServer(
                    0, List.of(new Route("/a", answering("1")), new Route("/a", answering("2")))))
        .hasMessageContaining("two routes for /a");
  }
}
