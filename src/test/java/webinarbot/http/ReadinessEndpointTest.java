package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import webinarbot.testing.discord.Databases;
import webinarbot.testing.ops.OpsServer;

/** An orchestrator asks /healthz whether to restart the bot and /readyz whether to send it work. */
class ReadinessEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    return JSON.readTree(r.body());
  }

  /** A check whose answer the test sets. */
  private static ReadinessCheck fixed(String name, ReadinessCheck.Result result) {
    return new ReadinessCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Result check() {
        return result;
      }
    };
  }

  @Test
  void givenARunningBot_whenHealthzIsAsked_thenOkEvenWithAFailingCheck() throws Exception {
    try (OpsServer ops =
        OpsServer.start(
            List.of(fixed("slack", ReadinessCheck.Result.notReady("auth.test: invalid_auth"))),
            Map::of)) {
      HttpResponse<String> r = ops.get("/healthz");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("ok\n");
    }
  }

  @Test
  void givenAnH2DatabaseAndAConnectedPlatform_whenReadyzIsAsked_thenReadyWithEachCheckNamed()
      throws Exception {
    try (OpsServer ops =
        OpsServer.start(
            List.of(
                new DatabaseCheck(Databases.h2()),
                fixed("discord", ReadinessCheck.Result.ready("connected as webinar-bot"))),
            Map::of)) {
      HttpResponse<String> r = ops.get("/readyz");

      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode body = json(r);
      assertThat(body.path("status").asText()).isEqualTo("ready");
      assertThat(body.path("checks").path("database").path("ready").asBoolean()).isTrue();
      assertThat(body.path("checks").path("database").path("detail").asText())
          .isEqualTo("H2 answers");
      assertThat(body.path("checks").path("discord").path("detail").asText())
          .isEqualTo("connected as webinar-bot");
      assertThat(body.has("node")).isFalse();
    }
  }

  @Test
  void givenPostgresqlStops_whenReadyzIsAsked_thenItTurnsUnavailableNamingTheDatabase()
      throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setConnectionTimeout(250);
    try (HikariDataSource pool = new HikariDataSource(config);
        OpsServer ops = OpsServer.start(List.of(new DatabaseCheck(pool)), Map::of)) {
      HttpResponse<String> before = ops.get("/readyz");
      postgres.close();
      HttpResponse<String> after = ops.get("/readyz");

      assertThat(before.statusCode()).isEqualTo(200);
      assertThat(json(before).path("checks").path("database").path("detail").asText())
          .isEqualTo("PostgreSQL answers");
      assertThat(after.statusCode()).isEqualTo(503);
      JsonNode body = json(after);
      assertThat(body.path("status").asText()).isEqualTo("not ready");
      assertThat(body.path("checks").path("database").path("ready").asBoolean()).isFalse();
      assertThat(body.path("checks").path("database").path("detail").asText()).isNotBlank();
    }
  }

  @Test
  void givenACheckThatHangs_whenReadyzIsAskedTwice_thenBothAnswer503InTimeAndTheCheckRunsOnce()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    ReadinessCheck hanging =
        new ReadinessCheck() {
          @Override
          public String name() {
            return "database";
          }

          @Override
          public Result check() {
            runs.incrementAndGet();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Result.ready("late");
          }
        };
    try (OpsServer ops = OpsServer.start(List.of(hanging), Map::of)) {
      HttpResponse<String> first = ops.get("/readyz");
      HttpResponse<String> second = ops.get("/readyz");
      release.countDown();

      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(json(first).path("checks").path("database").path("detail").asText())
          .isEqualTo("no answer within 800 ms");
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(runs).hasValue(1);
    }
  }

  @Test
  void givenFactsAboutTheReplica_whenReadyzIsAsked_thenTheyAreListedUnderNode() throws Exception {
    try (OpsServer ops = OpsServer.start(List.of(), () -> Map.of("role", "gateway"))) {
      JsonNode body = json(ops.get("/readyz"));

      assertThat(body.path("node").path("role").asText()).isEqualTo("gateway");
      assertThat(body.path("status").asText()).isEqualTo("ready");
    }
  }
}
