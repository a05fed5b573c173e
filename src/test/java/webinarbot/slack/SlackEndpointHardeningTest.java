package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.http.HttpLimits;
import webinarbot.http.OpsEndpoints;
import webinarbot.http.Route;
import webinarbot.logging.LogSetup;
import webinarbot.metrics.BotMetrics;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RawHttp;
import webinarbot.testing.slack.SlackFixtures;

/**
 * {@code /slack/events} faces the internet unauthenticated: whatever a client sends, unsigned,
 * malformed, huge, chunked, slow or by the hundred, it gets a short answer, costs little, leaves
 * one short log line at most, and never stops {@code /healthz} or Slack's own signed commands.
 */
class SlackEndpointHardeningTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String FORGED =
      "\n2026-12-01T08:42:00.000Z INFO  [main] w.s.SlackModule - FORGED admin login";

  private final List<AutoCloseable> open = new ArrayList<>();
  private final BotMetrics metrics = BotMetrics.create();
  private SlackBot bot;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    if (bot != null) {
      bot.close();
    }
    metrics.close();
  }

  /** The Slack module and the operator endpoints on one server with these limits. */
  private void start(HttpLimits limits) throws Exception {
    List<Route> ops =
        new OpsEndpoints(
                Catalogue::empty,
                URI.create("https://fd.io/"),
                Clock.fixed(Instant.parse("2030-03-01T12:00:00Z"), ZoneOffset.UTC),
                metrics.prometheus(),
                List.of())
            .routes();
    bot = new SlackBot(List.of(SlackFixtures.full()), SlackModule.ACK_BUDGET, limits, ops);
  }

  private URI events() {
    return bot.server.localUri().resolve(SlackModule.EVENTS_PATH);
  }

  private RawHttp connect(String from) throws IOException {
    RawHttp c = RawHttp.connect(bot.server.localUri(), from);
    open.add(c);
    return c;
  }

  private HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(events())
                .timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signedList() throws Exception {
    return bot.type("list", SlackBot.STRANGER);
  }

  private HttpResponse<String> health() throws Exception {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .build()
        .send(
            HttpRequest.newBuilder(bot.server.localUri().resolve(OpsEndpoints.HEALTH))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String payload) {
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  private static LogCapture infoLog() {
    LogCapture log = new LogCapture();
    LogSetup.apply(new Settings.Log(false, "info"));
    return log;
  }

  // Item 6: the signature is checked over the raw bytes before anything parses them.

  @Test
  void givenAnUnsignedButtonClick_whenPosted_thenOne401AndOneShortLogLineWithoutAStackTrace()
      throws Exception {
    start(HttpLimits.DEFAULTS);
    try (LogCapture log = infoLog()) {
      HttpResponse<String> r = post(form("{\"type\":\"block_actions\"}"));

      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).isEqualTo("{\"error\":\"invalid request\"}");
      await().atMost(WAIT).until(() -> log.lines().stream().anyMatch(l -> l.contains("Rejected")));
      assertThat(log.lines())
          .singleElement(STRING)
          .endsWith("Rejected a Slack request from 127.0.0.1: not signed")
          .doesNotContain("Exception");
    }
  }

  @Test
  void givenUnsignedMalformedJson_whenPosted_thenRejectedWithoutBeingParsed() throws Exception {
    start(HttpLimits.DEFAULTS);
    try (LogCapture log = infoLog()) {
      HttpResponse<String> r =
          bot.sender.send(form("{\"type\":\"block_actions\",,,"), "1", "v0=" + "0".repeat(64));

      assertThat(r.statusCode()).isEqualTo(401);
      await().atMost(WAIT).until(() -> log.text().contains("Rejected"));
      assertThat(log.lines()).hasSize(1);
      assertThat(log.text()).doesNotContain("Json").doesNotContain("Exception");
    }
  }

  @Test
  void givenSignedMalformedJson_whenPosted_thenBadRequestAndOneLineNamingNoBody() throws Exception {
    start(HttpLimits.DEFAULTS);
    try (LogCapture log = infoLog()) {
      HttpResponse<String> r =
          bot.sender.send(form("{\"type\":\"block_actions\",\"x\":" + FORGED), bot.clock.instant());

      assertThat(r.statusCode()).isEqualTo(400);
      await().atMost(WAIT).until(() -> log.text().contains("could not be read"));
      assertThat(log.lines())
          .singleElement(STRING)
          .contains("A signed Slack request could not be read")
          .doesNotContain("FORGED");
    }
  }

  // Item 8: no body reaches the log, and nothing a client sent can start a line.

  @Test
  void
      givenASignedRequestOfNoKnownKindWithAForgedLogLine_whenPosted_thenTheLogHasNeitherTheBodyNorTheForgedLine()
          throws Exception {
    start(HttpLimits.DEFAULTS);
    String huge = "junk=" + "A".repeat(900_000) + FORGED.replace("\n", "%0A") + FORGED;
    try (LogCapture log = infoLog()) {
      HttpResponse<String> r = bot.sender.send(huge, bot.clock.instant());

      assertThat(r.statusCode()).isEqualTo(400);
      await().atMost(WAIT).until(() -> log.text().contains("does not know"));
      assertThat(log.lines()).hasSize(1);
      assertThat(log.text()).doesNotContain("FORGED").doesNotContain("AAAA").hasSizeLessThan(300);
    }
  }

  @Test
  void givenAnUnsignedBodyWithAForgedLogLine_whenPosted_thenTheLogStaysOneShortLine()
      throws Exception {
    start(HttpLimits.DEFAULTS);
    try (LogCapture log = infoLog()) {
      HttpResponse<String> r = post("hello" + FORGED + "A".repeat(500_000));

      assertThat(r.statusCode()).isEqualTo(401);
      await().atMost(WAIT).until(() -> log.text().contains("Rejected"));
      assertThat(log.lines()).hasSize(1);
      assertThat(log.text()).doesNotContain("FORGED").hasSizeLessThan(300);
    }
  }

  // Item 7: the body is capped while it is read, whatever the framing.

  @Test
  void givenAChunkedBodyWithNoEnd_whenStreamed_thenAnswered413LongBeforeTheClientIsDone()
      throws Exception {
    start(HttpLimits.DEFAULTS);
    RawHttp c = connect("127.0.0.1");
    c.send(
        RawHttp.head(
            "POST",
            SlackModule.EVENTS_PATH,
            "Content-Type: application/x-www-form-urlencoded",
            "Transfer-Encoding: chunked"));
    long budget = 32L << 20; // 32 MiB: 32 times the cap
    AtomicLong sent = new AtomicLong();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes();
              try {
                while (sent.get() < budget) {
                  c.send(chunk);
                  sent.addAndGet(0x10000);
                }
                c.send("0\r\n\r\n");
              } catch (IOException e) {
                // the server stopped reading and closed the connection: what we want
              }
            });

    int status = c.status(WAIT);
    long sentWhenAnswered = sent.get();
    writer.get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(status).isEqualTo(413);
    // The cap plus what the two sockets' kernel buffers held: far less than was on its way.
    assertThat(sentWhenAnswered).isLessThan(budget / 2);
    assertThat(sent.get()).as("the server stopped taking bytes").isLessThan(budget);
  }

  @Test
  void givenADeclaredLengthOverTheCap_whenPosted_thenAnswered413BeforeAnyBodyIsSent()
      throws Exception {
    start(HttpLimits.DEFAULTS);
    RawHttp c = connect("127.0.0.1");

    c.send(RawHttp.head("POST", SlackModule.EVENTS_PATH, "Content-Length: 1100000000"));

    assertThat(c.status(WAIT)).isEqualTo(413);
    assertThat(c.closedByServer(WAIT)).isTrue();
  }

  // Item 9: a body has a deadline, and slow clients hold no thread.

  @Test
  void givenABodyThatTricklesInForever_whenTheDeadlinePasses_thenAnswered408AndClosed()
      throws Exception {
    start(HttpLimits.DEFAULTS.withBodyTimeout(Duration.ofMillis(300)));
    RawHttp c = connect("127.0.0.1");
    c.send(RawHttp.head("POST", SlackModule.EVENTS_PATH, "Content-Length: 100000"));
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    open.add(trickle::shutdownNow);
    // One byte every 20 ms never leaves the connection idle; only a deadline for the body ends it.
    trickle.scheduleAtFixedRate(
        () -> {
          try {
            c.send("a");
          } catch (IOException e) {
            trickle.shutdown();
          }
        },
        0,
        20,
        TimeUnit.MILLISECONDS);

    assertThat(c.statusLine(WAIT)).startsWith("HTTP/1.1 408");
    assertThat(c.closedByServer(WAIT)).isTrue();
  }

  @Test
  void givenABodyThatStallsPastAnIdleTimeoutShorterThanTheBodyTimeout_thenAnswered408()
      throws Exception {
    start(new HttpLimits(HttpLimits.MAX_BODY_BYTES, WAIT, Duration.ofMillis(300), 64));
    RawHttp c = connect("127.0.0.1");

    c.send(RawHttp.head("POST", SlackModule.EVENTS_PATH, "Content-Length: 1000") + "token=");

    assertThat(c.statusLine(WAIT)).startsWith("HTTP/1.1 408");
  }

  @Test
  void givenHundredsOfStalledBodies_whenHealthAndASignedCommandAreAsked_thenBothAnswer()
      throws Exception {
    // No per-client cap here: all 250 come from one address, and must still hold no thread.
    start(HttpLimits.DEFAULTS.withConnectionsPerClient(0));
    List<RawHttp> stalled = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      RawHttp c = connect("127.0.0.1");
      c.send(RawHttp.head("POST", SlackModule.EVENTS_PATH, "Content-Length: 1000") + "token=");
      stalled.add(c);
    }

    assertThat(health().statusCode()).isEqualTo(200);
    HttpResponse<String> list = signedList();
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("VPP in your home lab");
    for (RawHttp c : stalled.subList(0, 20)) {
      assertThat(c.closedByServer(Duration.ofMillis(1))).as("still held").isFalse();
    }
  }

  @Test
  void givenOneClientAtItsConnectionCap_whenItOpensMore_thenOnlyItsExtraConnectionsAreClosed()
      throws Exception {
    start(HttpLimits.DEFAULTS.withConnectionsPerClient(8));
    try (LogCapture log = new LogCapture()) {
      List<RawHttp> held = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        RawHttp c = connect("127.0.0.2");
        // Answered, so the server has opened it; then kept alive, held like a slow one.
        c.send(RawHttp.head("GET", OpsEndpoints.HEALTH));
        assertThat(c.status(WAIT)).isEqualTo(200);
        held.add(c);
      }
      List<RawHttp> extra = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        extra.add(connect("127.0.0.2"));
      }

      for (RawHttp c : extra) {
        assertThat(c.closedByServer(WAIT)).isTrue();
      }
      assertThat(held.get(0).closedByServer(Duration.ofMillis(1))).isFalse();
      assertThat(health().statusCode()).isEqualTo(200);
      assertThat(signedList().statusCode()).isEqualTo(200);
      assertThat(log.lines())
          .singleElement(STRING)
          .contains("Client 127.0.0.2 holds 8 connections");

      held.get(0).close();
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                RawHttp again = connect("127.0.0.2");
                again.send(RawHttp.head("GET", OpsEndpoints.HEALTH, "Connection: close"));
                assertThat(again.status(WAIT)).isEqualTo(200);
              });
    }
  }
}
