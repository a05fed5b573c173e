package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.Answer;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * The REST notifier every replica of a cluster posts with, against the stand-in's REST API, side by
 * side with the JDA notifier of a replica holding the gateway: same bodies, same nonce, and each
 * finds what the other posted.
 */
class RestDiscordNotifierTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final Target ANNOUNCEMENTS = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final String POST_MESSAGE = "channels/" + DiscordWorld.ANNOUNCEMENTS + "/messages";
  private static final Webinar HOME_LAB =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7)));
  private static final Post ANNOUNCEMENT = new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB);

  private static RestDiscordNotifier rest(Duration timeout) {
    return new RestDiscordNotifier(
        FIXTURE.discord().apiUrl(),
        "stand-in-token",
        List.of(DiscordWorld.ANNOUNCEMENTS, DiscordWorld.LOCKED),
        timeout,
        false,
        DiscordPosts.GOOGLE_ONLY,
        RestLimits.real());
  }

  private static RestDiscordNotifier rest() {
    return rest(Duration.ofSeconds(5));
  }

  /** The bot alone posts through its gateway session (JDA). */
  private static Notifier jda() {
    return FIXTURE.module().notifier();
  }

  private static List<JsonNode> bodies(String method, String path) {
    return FIXTURE.discord().requests(method, path).stream().map(RecordedRequest::body).toList();
  }

  @Test
  void givenTheSamePost_thenRestSendsTheBodyJdaSends_andDiscordKeepsOneMessage() throws Exception {
    String viaJda = jda().send(ANNOUNCEMENTS, ANNOUNCEMENT, "key-1");

    String viaRest = rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "key-1");

    List<JsonNode> posts = bodies("POST", POST_MESSAGE);
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1)).isEqualTo(posts.get(0));
    assertThat(posts.get(1).path("enforce_nonce").asBoolean()).isTrue();
    assertThat(posts.get(1).path("allowed_mentions").path("parse")).isEmpty();
    assertThat(viaRest).isEqualTo(viaJda);
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(1);
  }

  @Test
  void givenAMessagePostedByTheGatewayHolder_thenRestFindsItAndEditsItAsJdaWould()
      throws Exception {
    String id = jda().send(ANNOUNCEMENTS, ANNOUNCEMENT, "key-2");
    FIXTURE.discord().postAsSomeoneElse(DiscordWorld.ANNOUNCEMENTS, "see you there");
    Post renamed =
        new Post.About(PostKind.ANNOUNCEMENT, WebinarFixtures.titled(HOME_LAB, "VPP at home"));

    assertThat(rest().findPosted(ANNOUNCEMENTS, "key-2")).contains(id);
    assertThat(rest().findPosted(ANNOUNCEMENTS, "key-3")).isEmpty();
    jda().edit(ANNOUNCEMENTS, id, renamed);
    rest().edit(ANNOUNCEMENTS, id, renamed);

    List<JsonNode> edits = bodies("PATCH", POST_MESSAGE + "/" + id);
    assertThat(edits).hasSize(2);
    assertThat(edits.get(1)).isEqualTo(edits.get(0));
  }

  @Test
  void givenAMessagePostedThroughRest_thenTheGatewayHolderFindsIt() throws Exception {
    String id = rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "key-4");

    assertThat(jda().findPosted(ANNOUNCEMENTS, "key-4")).contains(id);
  }

  @Test
  void whenDiscordRateLimits_thenTheWaitIsPassedOn() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.rateLimited(0.3));

    DeliveryException e = failure(() -> rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofMillis(300));
  }

  @Test
  void whenDiscordFailsWith5xx_thenTheFailureIsTransient() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(502, 0, "Bad Gateway"));

    DeliveryException e = failure(() -> rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("HTTP 502");
  }

  @Test
  void whenDiscordDoesNotAnswerInTime_thenTheFailureIsTransient() {
    FIXTURE
        .discord()
        .failNext("POST", POST_MESSAGE, Answer.error(400, 0, "late").after(Duration.ofSeconds(1)));

    DeliveryException e =
        failure(() -> rest(Duration.ofMillis(200)).send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("no answer from Discord");
  }

  @Test
  void whenDiscordRefusesAccessOrKnowsNoSuchChannelOrToken_thenTheFailureIsPermanent() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(403, 50001, "Missing Access"));
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(404, 10003, "Unknown Channel"));
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(401, 0, "401: Unauthorized"));

    DeliveryException forbidden = failure(() -> rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));
    DeliveryException unknown = failure(() -> rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));
    DeliveryException token = failure(() -> rest().send(ANNOUNCEMENTS, ANNOUNCEMENT, "k"));

    assertThat(List.of(forbidden, unknown, token))
        .extracting(DeliveryException::kind)
        .containsOnly(DeliveryException.Kind.PERMANENT);
    assertThat(forbidden.getMessage()).contains("Missing Access").contains("HTTP 403");
    assertThat(unknown.getMessage()).contains("Unknown Channel");
    assertThat(token.getMessage()).contains("rejected the bot token");
  }

  @Test
  void givenAChannelItCannotRead_thenLookingForAnEarlierPostFindsNothingInsteadOfFailing()
      throws Exception {
    FIXTURE.discord().failNext("GET", POST_MESSAGE, Answer.error(403, 50001, "Missing Access"));

    assertThat(rest().findPosted(ANNOUNCEMENTS, "key-5")).isEmpty();
  }

  private interface Call {
    void run() throws DeliveryException;
  }

  private static DeliveryException failure(Call call) {
    DeliveryException e = catchThrowableOfType(DeliveryException.class, call::run);
    assertThat(e).as("a DeliveryException").isNotNull();
    return e;
  }

  @Test
  void givenADirectMessageTarget_whenSentByRestOrJda_thenTheDmChannelIsOpenedAndDiscordKeepsOne()
      throws Exception {
    Target ada = new webinarbot.delivery.Subscriber("discord", "4242").target();
    Post dm = new Post.About(PostKind.PERSONAL, HOME_LAB);

    String viaRest = rest().send(ada, dm, "key-dm");
    String viaJda = jda().send(ada, dm, "key-dm");

    assertThat(bodies("POST", "users/@me/channels"))
        .allSatisfy(b -> assertThat(b.path("recipient_id").asText()).isEqualTo("4242"));
    assertThat(FIXTURE.discord().directMessages("4242")).hasSize(1);
    assertThat(FIXTURE.discord().directMessages("4242").get(0).path("content").asText())
        .contains("Your reminder: **");
    assertThat(viaJda).isEqualTo(viaRest);
    assertThat(rest().findPosted(ada, "key-dm")).contains(viaRest);
  }

  @Test
  void givenAUserWhoseDirectMessagesAreClosed_whenSent_thenItFailsForGoodSaying50007() {
    FIXTURE.discord().closeDirectMessages("4343");
    Target closed = new webinarbot.delivery.Subscriber("discord", "4343").target();
    Post dm = new Post.About(PostKind.PERSONAL, HOME_LAB);

    DeliveryException viaRest =
        catchThrowableOfType(DeliveryException.class, () -> rest().send(closed, dm, "key-c"));
    DeliveryException viaJda =
        catchThrowableOfType(DeliveryException.class, () -> jda().send(closed, dm, "key-c"));

    for (DeliveryException e : List.of(viaRest, viaJda)) {
      assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
      assertThat(e.getMessage()).contains("does not accept direct messages").contains("50007");
    }
  }
}
