package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.command.Caller;
import webinarbot.command.ChatCommands;
import webinarbot.content.LoadResult;
import webinarbot.domain.Catalogue;
import webinarbot.metrics.ContentMetrics;
import webinarbot.metrics.TimedChatCommands;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.MutableClock;
import webinarbot.testing.PageFolder;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.ops.OpsServer;
import webinarbot.testing.ops.PrometheusText;

/** Prometheus scrapes /metrics: the JVM, command latency by platform, and content health. */
class MetricsEndpointTest {
  private static final Caller SOMEONE =
      new Caller() {
        @Override
        public String platform() {
          return "slack";
        }

        @Override
        public String id() {
          return "U1";
        }

        @Override
        public boolean isMaintainer() {
          return false;
        }
      };

  private static PrometheusText scrape(OpsServer ops) throws Exception {
    HttpResponse<String> r = ops.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    return PrometheusText.parse(r.body());
  }

  @Test
  void givenARunningBot_whenScraped_thenJvmMetersAreThere() throws Exception {
    try (OpsServer ops =
        OpsServer.start(Catalogue.empty(), MutableClock.at("2030-01-01T00:00:00Z"))) {
      PrometheusText metrics = scrape(ops);

      assertThat(metrics.samples("jvm_memory_used_bytes", Map.of("area", "heap"))).isNotEmpty();
      assertThat(metrics.type("jvm_threads_live_threads")).hasValue("gauge");
      assertThat(metrics.samples("process_uptime_seconds")).hasSize(1);
      assertThat(metrics.samples("jvm_classes_loaded_classes")).hasSize(1);
    }
  }

  @Test
  void givenCommandsOnTwoPlatforms_whenScraped_thenEachIsAHistogramByPlatformAndCommand()
      throws Exception {
    MutableClock clock = MutableClock.at("2021-01-01T00:00:00Z");
    Catalogue catalogue = FdioCorpus.load().catalogue();
    try (OpsServer ops = OpsServer.start(catalogue, clock)) {
      ChatCommands plain =
          StandardCommands.create(() -> catalogue, clock, StandardCommands.refusingAnnouncer());
      ChatCommands slack = TimedChatCommands.of(plain, "slack", ops.metrics.registry());
      ChatCommands discord = TimedChatCommands.of(plain, "discord", ops.metrics.registry());

      slack.run(SOMEONE, "");
      slack.run(SOMEONE, "list");
      slack.run(SOMEONE, "show video_terabit");
      discord.run(SOMEONE, "next");
      discord.run(SOMEONE, "show no-such-id");
      PrometheusText metrics = scrape(ops);

      assertThat(metrics.type("webinarbot_commands_seconds")).hasValue("histogram");
      assertThat(
              metrics.value(
                  "webinarbot_commands_seconds_count",
                  Map.of("platform", "slack", "command", "list", "outcome", "list")))
          .isEqualTo(2);
      assertThat(
              metrics.value(
                  "webinarbot_commands_seconds_count",
                  Map.of("platform", "slack", "command", "show", "outcome", "detail")))
          .isEqualTo(1);
      assertThat(
              metrics.value(
                  "webinarbot_commands_seconds_count",
                  Map.of("platform", "discord", "command", "show", "outcome", "text")))
          .isEqualTo(1);
      assertThat(
              metrics.samples(
                  "webinarbot_commands_seconds_bucket",
                  Map.of("platform", "discord", "command", "next", "le", "+Inf")))
          .singleElement()
          .extracting(PrometheusText.Sample::value)
          .isEqualTo(1.0);
    }
  }

  @Test
  void givenTimedCommands_whenListed_thenOrderAndDefaultAreKept() {
    MutableClock clock = MutableClock.at("2021-01-01T00:00:00Z");
    ChatCommands plain =
        StandardCommands.create(Catalogue::empty, clock, StandardCommands.refusingAnnouncer());
    ChatCommands timed =
        TimedChatCommands.of(
            plain, "slack", new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    assertThat(timed.all())
        .extracting(c -> c.spec().name())
        .containsExactlyElementsOf(plain.all().stream().map(c -> c.spec().name()).toList());
    assertThat(timed.run(SOMEONE, "")).isEqualTo(plain.run(SOMEONE, ""));
    assertThat(timed.run(SOMEONE, "help")).isEqualTo(plain.run(SOMEONE, "help"));
  }

  @Test
  void givenAContentLoadWithBrokenPages_whenScraped_thenTheErrorGaugeCountsThem(@TempDir Path tmp)
      throws Exception {
    try (OpsServer ops =
        OpsServer.start(Catalogue.empty(), MutableClock.at("2030-01-01T00:00:00Z"))) {
      java.util.concurrent.atomic.AtomicReference<LoadResult> latest =
          new java.util.concurrent.atomic.AtomicReference<>(FdioCorpus.load());
      new ContentMetrics(ops.metrics.registry(), latest::get);
      // Nothing but the registry holds the gauges: they must survive a collection.
      System.gc();
      PrometheusText clean = scrape(ops);
      PageFolder pages = new PageFolder(tmp);
      pages.webinar("good.md", "Good", "2030-02-01", "4:00pm - 5:00pm UTC");
      pages.write("broken.md", "+++\ntitle = \"Bad date\"\ndate = \"soon\"\n+++\nBody\n");
      LoadResult broken = pages.load();
      latest.set(broken);
      PrometheusText after = scrape(ops);

      assertThat(clean.value("webinarbot_content_errors", Map.of())).isZero();
      assertThat(clean.value("webinarbot_content_webinars", Map.of()))
          .isEqualTo(FdioCorpus.load().catalogue().size());
      assertThat(after.value("webinarbot_content_errors", Map.of()))
          .isEqualTo(broken.errorCount())
          .isPositive();
      assertThat(after.value("webinarbot_content_webinars", Map.of())).isEqualTo(1);
    }
  }
}
