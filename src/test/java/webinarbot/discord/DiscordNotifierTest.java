package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.Answer;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/** Posts, edits and look-ups through a real JDA against the stand-in's REST API. */
class DiscordNotifierTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final Target ANNOUNCEMENTS = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final String POST_MESSAGE = "channels/" + DiscordWorld.ANNOUNCEMENTS + "/messages";
  private static final Webinar HOME_LAB =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7)));
  private static final long START = HOME_LAB.time().startInstant().getEpochSecond();

  private static Notifier notifier() {
    return FIXTURE.module().notifier();
  }

  private static String key(PostKind kind) {
    return "vpp_in_home_lab/" + kind.code() + "/" + ANNOUNCEMENTS.key() + "/" + HOME_LAB.revision();
  }

  @Test
  void the_notifier_posts_to_the_configured_channels() {
    assertThat(notifier().platform()).isEqualTo("discord");
    assertThat(notifier().targets())
        .containsExactly(ANNOUNCEMENTS, new Target("discord", DiscordWorld.LOCKED));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(
            PostKind.ANNOUNCEMENT,
            List.of(),
            "📣 New webinar: **VPP in your home lab**, <t:" + START + ":R>"),
        Arguments.of(
            PostKind.reminder(Duration.ofDays(1)),
            List.of(),
            "⏰ Reminder: **VPP in your home lab** starts <t:" + START + ":R>"),
        Arguments.of(PostKind.STARTING, List.of(), "🔴 Starting now: **VPP in your home lab**"),
        Arguments.of(
            PostKind.UPDATE,
            List.of(new Change("time", "3 Dec 17:00", "4 Dec 17:00")),
            "✏️ Updated: **VPP in your home lab**\n• time: ~~3 Dec 17:00~~ → 4 Dec 17:00"),
        Arguments.of(PostKind.CANCELLATION, List.of(), "❌ Cancelled: **VPP in your home lab**"),
        Arguments.of(
            PostKind.FOLLOW_UP,
            List.of(),
            "🎬 Now available for **VPP in your home lab**: the recording and the slides"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void when_a_post_is_sent_then_the_channel_gets_one_message_that_can_ping_nobody(
      PostKind kind, List<Change> changes, String firstLine) throws Exception {
    String id = notifier().send(ANNOUNCEMENTS, new Post.About(kind, HOME_LAB, changes), key(kind));

    RecordedRequest post = FIXTURE.discord().await("POST", POST_MESSAGE);
    JsonNode body = post.body();
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(visible(body.path("content").asText())).isEqualTo(firstLine);
    assertThat(body.path("embeds").get(0).path("title").asText()).isEqualTo("VPP in your home lab");
    assertThat(body.path("nonce").asText()).isEqualTo(DeliveryMarker.nonce(key(kind)));
    assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS))
        .singleElement()
        .satisfies(m -> assertThat(m.path("id").asText()).isEqualTo(id));
  }

  @Test
  void given_a_posted_announcement_when_the_page_changes_then_the_message_is_edited_in_place()
      throws Exception {
    String id =
        notifier()
            .send(
                ANNOUNCEMENTS,
                new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB),
                key(PostKind.ANNOUNCEMENT));
    Webinar renamed = WebinarFixtures.titled(HOME_LAB, "VPP at home, @everyone welcome");

    notifier().edit(ANNOUNCEMENTS, id, new Post.About(PostKind.ANNOUNCEMENT, renamed));

    JsonNode edit = FIXTURE.discord().await("PATCH", POST_MESSAGE + "/" + id).body();
    assertThat(edit.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(edit.path("embeds").get(0).path("title").asText())
        .isEqualTo("VPP at home, @\u200Beveryone welcome");
    assertThat(FIXTURE.discord().message(id).orElseThrow().path("content").asText())
        .isEqualTo("📣 New webinar: **VPP at home, @\u200Beveryone welcome**, <t:" + START + ":R>");
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(1);
  }

  @Test
  void when_the_same_delivery_is_sent_twice_then_discord_keeps_one_message() throws Exception {
    Post post = new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB);
    String first = notifier().send(ANNOUNCEMENTS, post, key(PostKind.ANNOUNCEMENT));

    String second = notifier().send(ANNOUNCEMENTS, post, key(PostKind.ANNOUNCEMENT));

    assertThat(second).isEqualTo(first);
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(1);
  }

  @Test
  void given_a_post_whose_ledger_write_was_lost_then_it_is_found_among_recent_messages()
      throws Exception {
    String id =
        notifier()
            .send(
                ANNOUNCEMENTS,
                new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB),
                key(PostKind.ANNOUNCEMENT));
    FIXTURE.discord().postAsSomeoneElse(DiscordWorld.ANNOUNCEMENTS, "nice, see you there");

    assertThat(notifier().findPosted(ANNOUNCEMENTS, key(PostKind.ANNOUNCEMENT))).contains(id);
    assertThat(notifier().findPosted(ANNOUNCEMENTS, key(PostKind.STARTING))).isEmpty();
  }

  @Test
  void given_a_channel_the_bot_cannot_see_then_posting_fails_permanently_without_a_request() {
    Target locked = new Target("discord", DiscordWorld.LOCKED);

    DeliveryException e = failure(() -> notifier().send(locked, about(), "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    assertThat(e.getMessage()).contains("discord:" + DiscordWorld.LOCKED).contains("View Channel");
    assertThat(FIXTURE.discord().requests("POST", "channels/" + DiscordWorld.LOCKED + "/messages"))
        .isEmpty();
  }

  @Test
  void given_an_unknown_channel_then_posting_fails_permanently_and_says_what_to_check() {
    DeliveryException e =
        failure(
            () -> notifier().send(new Target("discord", DiscordWorld.NOT_A_CHANNEL), about(), "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    assertThat(e.getMessage()).contains("unknown channel").contains("discord.channels");
  }

  @Test
  void when_discord_says_missing_access_then_posting_fails_permanently() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(403, 50001, "Missing Access"));

    DeliveryException e = failure(() -> notifier().send(ANNOUNCEMENTS, about(), "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    assertThat(e.getMessage()).contains("Missing Access");
  }

  @Test
  void when_discord_says_unknown_channel_then_posting_fails_permanently() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(404, 10003, "Unknown Channel"));

    assertThat(failure(() -> notifier().send(ANNOUNCEMENTS, about(), "k")).kind())
        .isEqualTo(DeliveryException.Kind.PERMANENT);
  }

  @Test
  void when_discord_rejects_the_token_then_posting_fails_permanently_and_says_so() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(401, 0, "401: Unauthorized"));

    DeliveryException e = failure(() -> notifier().send(ANNOUNCEMENTS, about(), "k"));

    assertThat(e.getMessage()).contains("rejected the bot token");
    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
  }

  @Test
  void when_editing_a_message_that_was_deleted_then_the_edit_fails_permanently() {
    DeliveryException e =
        failure(() -> notifier().edit(ANNOUNCEMENTS, "1900000000000000001", about()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    assertThat(e.getMessage()).contains("Unknown Message");
  }

  @Test
  void when_discord_rate_limits_then_the_wait_is_passed_on_and_a_later_post_goes_through()
      throws Exception {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.rateLimited(0.3));

    DeliveryException e = failure(() -> notifier().send(ANNOUNCEMENTS, about(), "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter().orElseThrow()).isBetween(Duration.ofMillis(1), Duration.ofSeconds(1));
    Awaitility.await()
        .atMost(Duration.ofSeconds(3))
        .ignoreExceptions()
        .until(() -> notifier().send(ANNOUNCEMENTS, about(), "k2") != null);
  }

  @Test
  void when_discord_keeps_failing_with_5xx_then_the_failure_is_transient() {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(502, 0, "Bad Gateway"), 4);

    DeliveryException e = failure(() -> notifier().send(ANNOUNCEMENTS, about(), "k"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("HTTP 502");
  }

  @Test
  void when_discord_fails_once_with_5xx_then_jda_retries_and_the_post_goes_through()
      throws Exception {
    FIXTURE.discord().failNext("POST", POST_MESSAGE, Answer.error(503, 0, "Unavailable"));

    notifier().send(ANNOUNCEMENTS, about(), "k");

    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(1);
  }

  @Test
  void when_discord_does_not_answer_in_time_then_the_failure_is_transient() {
    Answer slow = Answer.error(400, 0, "late").after(Duration.ofMillis(1500));
    FIXTURE.discord().failNext("POST", POST_MESSAGE, slow);
    ExecutorService threads = Executors.newCachedThreadPool();
    DiscordNotifier impatient =
        new DiscordNotifier(
            FIXTURE.module().jda(),
            FIXTURE.module().readiness(),
            List.of(DiscordWorld.ANNOUNCEMENTS),
            new RestCalls(threads, Duration.ofMillis(300)));

    DeliveryException e = failure(() -> impatient.send(ANNOUNCEMENTS, about(), "k"));
    threads.shutdown();

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("no answer from Discord");
  }

  @Test
  void a_digest_lists_the_weeks_webinars_in_one_message() throws Exception {
    Post digest = new Post.Digest(java.time.LocalDate.of(2026, 11, 9), List.of(HOME_LAB));

    notifier().send(ANNOUNCEMENTS, digest, "digest-key");

    JsonNode body = FIXTURE.discord().await("POST", POST_MESSAGE).body();
    assertThat(visible(body.path("content").asText()))
        .isEqualTo("🗓️ Webinars in the week of 9 November 2026");
    assertThat(body.path("embeds").get(0).path("description").asText())
        .contains("`vpp_in_home_lab`");
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
  }

  private static Post about() {
    return new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB);
  }

  /** The content as a reader sees it: without the invisible delivery marker. */
  private static String visible(String content) {
    return content.replaceAll("\u2063[\u200B\u200C\u2060\u2062]*\u2063", "");
  }

  private interface Call {
    void run() throws DeliveryException;
  }

  private static DeliveryException failure(Call call) {
    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> call.run());
    assertThat(e).as("a DeliveryException").isNotNull();
    return e;
  }

  @Test
  void the_failure_helper_itself_notices_success() {
    assertThatThrownBy(() -> failure(() -> {})).isInstanceOf(AssertionError.class);
  }
}
