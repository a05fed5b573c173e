package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.testing.slack.SlackFixtures;
import webinarbot.testing.slack.SlackSender;

/** Only requests Slack signed in the last five minutes reach the bot. */
class SlackEventsEndpointTest {
  private SlackBot bot;
  private String body;

  @BeforeEach
  void start() throws Exception {
    bot = new SlackBot(List.of(SlackFixtures.full()));
    body = SlackSender.slashCommand("list", SlackBot.STRANGER, bot.slack.responseUrl("1"));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
  }

  private long now() {
    return bot.clock.instant().getEpochSecond();
  }

  @Test
  void givenAValidSignature_whenSlackPosts_thenTheCommandIsAnswered() throws Exception {
    HttpResponse<String> r = bot.sender.send(body, now(), SlackBot.SIGNING_SECRET);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("VPP in your home lab")
        .contains("\"response_type\":\"ephemeral\"");
  }

  @Test
  void givenAForgedSignature_whenPosted_thenRejectedWith401() throws Exception {
    HttpResponse<String> r = bot.sender.send(body, Long.toString(now()), "v0=" + "ab".repeat(32));

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).doesNotContain("VPP");
  }

  @Test
  void givenASignatureMadeWithAnotherSecret_whenPosted_thenRejectedWith401() throws Exception {
    assertThat(bot.sender.send(body, now(), "some-other-apps-secret").statusCode()).isEqualTo(401);
  }

  @Test
  void givenABodyChangedAfterSigning_whenPosted_thenRejectedWith401() throws Exception {
    String ts = Long.toString(now());
    String signature =
        new com.slack.api.app_backend.SlackSignature.Generator(SlackBot.SIGNING_SECRET)
            .generate(ts, body);

    HttpResponse<String> r =
        bot.sender.send(body.replace("list", "announce+vpp_in_home_lab"), ts, signature);

    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void givenATimestampOlderThanFiveMinutes_whenPosted_thenRejectedWith401() throws Exception {
    assertThat(bot.sender.send(body, now() - 301, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(401);
    assertThat(bot.sender.send(body, now() - 299, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(200);
  }

  @Test
  void givenATimestampInTheFuture_whenPosted_thenRejectedWith401() throws Exception {
    assertThat(bot.sender.send(body, now() + 120, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(401);
    assertThat(bot.sender.send(body, now() + 3600, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(401);
  }

  @Test
  void givenAFewSecondsOfClockSkew_whenPosted_thenStillAccepted() throws Exception {
    assertThat(bot.sender.send(body, now() + 5, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(200);
  }

  @Test
  void givenTheBotsClockMoved_whenAnOldSignedRequestIsReplayed_thenItIsRejected() throws Exception {
    long signedAt = now();
    assertThat(bot.sender.send(body, signedAt, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(200);

    bot.clock.advance(Duration.ofMinutes(6));

    assertThat(bot.sender.send(body, signedAt, SlackBot.SIGNING_SECRET).statusCode())
        .isEqualTo(401);
  }

  @Test
  void givenMissingHeadersOrGarbageTimestamp_whenPosted_thenRejectedWith401() throws Exception {
    assertThat(bot.sender.send(body, "yesterday", "v0=00").statusCode()).isEqualTo(401);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(bot.server.localUri().resolve(SlackModule.EVENTS_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void givenAClickOnALinkButton_whenSlackReportsIt_thenItIsAcknowledged() throws Exception {
    String payload =
        "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0STANDIN\"},\"user\":{\"id\":\"U0STRANGER\"},"
            + "\"api_app_id\":\"A0APP\",\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"C0ANNOUNCE\"},"
            + "\"actions\":[{\"type\":\"button\",\"action_id\":\"link-2\",\"block_id\":\"b\","
            + "\"action_ts\":\"1.2\"}]}";
    String form =
        "payload=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);

    HttpResponse<String> r = bot.sender.send(form, now(), SlackBot.SIGNING_SECRET);

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void givenAGetRequest_whenSent_thenMethodNotAllowed() throws Exception {
    URI uri = bot.server.localUri().resolve(SlackModule.EVENTS_PATH);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }
}
