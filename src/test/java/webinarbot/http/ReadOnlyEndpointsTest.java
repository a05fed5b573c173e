package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.domain.Catalogue;
import webinarbot.testing.MutableClock;
import webinarbot.testing.ops.OpsServer;

/** The operator endpoints only ever answer a read: GET and HEAD. */
class ReadOnlyEndpointsTest {
  private OpsServer ops;

  @BeforeEach
  void start() throws Exception {
    ops = OpsServer.start(Catalogue.empty(), MutableClock.at("2030-01-01T00:00:00Z"));
  }

  @AfterEach
  void stop() throws Exception {
    ops.close();
  }

  static List<String> paths() {
    return List.of(
        OpsEndpoints.HEALTH, OpsEndpoints.READY, OpsEndpoints.METRICS, OpsEndpoints.CALENDAR);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void givenAnyMethodButGetOrHead_whenSent_thenMethodNotAllowedNamingTheTwo(String path)
      throws Exception {
    for (String method : List.of("PUT", "DELETE", "TRACE", "POST", "PATCH", "OPTIONS")) {
      HttpResponse<String> r = ops.send(method, path);

      assertThat(r.statusCode()).as("%s %s", method, path).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).as("%s %s", method, path).hasValue("GET, HEAD");
    }
  }

  @ParameterizedTest
  @MethodSource("paths")
  void givenGetOrHead_whenSent_thenAnswered(String path) throws Exception {
    assertThat(ops.get(path).statusCode()).isEqualTo(200);
    assertThat(ops.send("HEAD", path).statusCode()).isEqualTo(200);
  }
}
