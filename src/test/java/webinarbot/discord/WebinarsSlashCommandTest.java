package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.discord.Interactions.autocomplete;
import static webinarbot.testing.discord.Interactions.id;
import static webinarbot.testing.discord.Interactions.member;
import static webinarbot.testing.discord.Interactions.slash;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.RecordingAnnouncer;
import webinarbot.testing.discord.WebinarFixtures;

/** {@code /webinars} typed in a Discord server, answered by a real JDA through the stand-in. */
class WebinarsSlashCommandTest {
  @RegisterExtension
  static final DiscordFixture FIXTURE = new DiscordFixture(DiscordWorld.MAINTAINERS_ROLE);

  private static final int DEFERRED_REPLY = 5;
  private static final int AUTOCOMPLETE_RESULT = 8;
  private static final int EPHEMERAL = 64;

  private static final Webinar HOME_LAB =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(30)));
  private static final Webinar TERABIT =
      WebinarFixtures.titled(
          WebinarFixtures.sample("secure_terabit", DiscordFixture.NOW.plus(Duration.ofDays(3))),
          "Secure terabit networking");

  private static final String PLAIN_MEMBER = "1700000000000000001";

  @Test
  void given_the_bot_connected_then_it_registered_every_declared_subcommand_with_typed_options() {
    JsonNode commands = FIXTURE.discord().registeredCommands().orElseThrow();

    assertThat(commands).hasSize(1);
    JsonNode webinars = commands.get(0);
    assertThat(webinars.path("name").asText()).isEqualTo("webinars");
    assertThat(webinars.path("type").asInt()).isEqualTo(1);
    List<String> contexts = new ArrayList<>();
    webinars.path("contexts").forEach(c -> contexts.add(c.asText()));
    assertThat(contexts).containsExactly("0", "1"); // in servers and in the bot's DMs
    List<String> subcommands = new ArrayList<>();
    webinars.path("options").forEach(o -> subcommands.add(o.path("name").asText()));
    assertThat(subcommands)
        .containsExactly(
            "list",
            "next",
            "search",
            "show",
            "remind",
            "mine",
            "forget",
            "forget-me",
            "announce",
            "help");
    JsonNode searchWords = webinars.path("options").get(2).path("options").get(0);
    assertThat(searchWords.path("name").asText()).isEqualTo("words");
    assertThat(searchWords.path("required").asBoolean()).isTrue();
    JsonNode showId = webinars.path("options").get(3).path("options").get(0);
    assertThat(showId.path("name").asText()).isEqualTo("id");
    assertThat(showId.path("type").asInt()).isEqualTo(3);
    assertThat(showId.path("required").asBoolean()).isTrue();
    assertThat(showId.path("autocomplete").asBoolean()).isTrue();
    JsonNode remindId = webinars.path("options").get(4).path("options").get(0);
    assertThat(remindId.path("autocomplete").asBoolean()).isTrue();
    JsonNode announceKind = webinars.path("options").get(8).path("options").get(1);
    assertThat(announceKind.path("name").asText()).isEqualTo("kind");
    assertThat(announceKind.path("required").asBoolean()).isFalse();
    // The same kinds as `announce --kind` on the command line, reminders at the configured leads.
    assertThat(announceKind.path("choices").findValuesAsText("value"))
        .containsExactly(
            "announcement",
            "reminder-7d",
            "reminder-1d",
            "reminder-1h",
            "starting",
            "update",
            "cancellation",
            "followup");
    JsonNode announceForce = webinars.path("options").get(8).path("options").get(2);
    assertThat(announceForce.path("name").asText()).isEqualTo("force");
    assertThat(announceForce.path("required").asBoolean()).isFalse();
    assertThat(announceForce.path("choices").findValuesAsText("value")).containsExactly("force");
  }

  @Test
  void when_a_member_searches_then_the_words_reach_the_shared_search_and_the_answer_is_private() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    List<RecordedRequest> exchange =
        FIXTURE
            .discord()
            .exchange(slash("search", Map.of("words", "terabit"), member(PLAIN_MEMBER)));

    assertDeferred(exchange, true);
    JsonNode embed = edit(exchange).path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Upcoming webinars matching “terabit”");
    assertThat(embed.path("description").asText())
        .contains("secure_terabit")
        .doesNotContain("home");
  }

  @Test
  void when_a_maintainer_announces_a_talk_that_is_over_then_nothing_is_posted_unless_forced() {
    Webinar over =
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.minus(Duration.ofDays(3)));
    FIXTURE.catalogue(over);

    List<RecordedRequest> refused =
        announceAs(
            id("vpp_in_home_lab"), DiscordWorld.MODERATORS_ROLE, DiscordWorld.MAINTAINERS_ROLE);

    // Announcing is answered in public; a refusal goes to the maintainer alone.
    assertDeferred(refused, false);
    RecordedRequest privately =
        refused.stream().filter(r -> r.is("POST", "webhooks/.*")).findFirst().orElseThrow();
    assertThat(privately.body().path("flags").asInt()).isEqualTo(EPHEMERAL);
    assertThat(privately.body().path("content").asText())
        .startsWith("Not posted: vpp_in_home_lab is over: it started on ")
        .contains("3 days ago; an announcement would be about a past talk");
    assertThat(FIXTURE.announcer().calls()).isEmpty();

    announceAs(
        Map.of("id", "vpp_in_home_lab", "force", "force"),
        DiscordWorld.MODERATORS_ROLE,
        DiscordWorld.MAINTAINERS_ROLE);

    assertThat(FIXTURE.announcer().calls())
        .containsExactly(
            new RecordingAnnouncer.Call("vpp_in_home_lab", PostKind.ANNOUNCEMENT, false));
  }

  @Test
  void when_a_member_lists_webinars_then_the_answer_is_private_and_in_start_order() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(slash("list", Map.of(), member(PLAIN_MEMBER)));

    assertDeferred(exchange, true);
    JsonNode reply = edit(exchange);
    assertNoMentions(reply);
    JsonNode embed = reply.path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Upcoming webinars");
    String description = embed.path("description").asText();
    assertThat(description.indexOf("secure_terabit"))
        .isLessThan(description.indexOf("vpp_in_home_lab"));
    assertThat(description)
        .contains("[VPP in your home lab](https://fd.io/news/webinars/vpp_in_home_lab/)")
        .contains("<t:" + HOME_LAB.time().startInstant().getEpochSecond() + ":F>")
        .contains("<t:" + HOME_LAB.time().startInstant().getEpochSecond() + ":R>");
  }

  @Test
  void given_nothing_planned_when_a_member_lists_webinars_then_they_are_told_so() {
    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(slash("list", Map.of(), member(PLAIN_MEMBER)));

    assertThat(edit(exchange).path("content").asText())
        .isEqualTo("No upcoming webinars are planned yet.");
  }

  @Test
  void when_a_member_asks_for_the_next_webinar_then_it_is_shown_in_full_with_link_buttons() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    JsonNode reply =
        edit(FIXTURE.discord().exchange(slash("next", Map.of(), member(PLAIN_MEMBER))));

    JsonNode embed = reply.path("embeds").get(0);
    assertThat(embed.path("url").asText()).isEqualTo("https://fd.io/news/webinars/secure_terabit/");
    assertThat(embed.path("fields").get(1).path("name").asText()).isEqualTo("Audian Paxson");
    assertThat(reply.path("components").get(0).path("components").findValuesAsText("label"))
        .containsExactly(
            "Register", "Slides (PDF)", "Video", "Add to Google Calendar", "Webinar page");
    assertNoMentions(reply);
  }

  @Test
  void when_a_member_shows_a_webinar_by_id_then_it_is_shown_privately() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(slash("show", id("vpp_in_home_lab"), member(PLAIN_MEMBER)));

    assertDeferred(exchange, true);
    assertThat(edit(exchange).path("embeds").get(0).path("title").asText())
        .isEqualTo("VPP in your home lab");
  }

  @Test
  void when_a_member_shows_a_mistyped_id_then_the_answer_suggests_the_right_one() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    JsonNode reply =
        edit(FIXTURE.discord().exchange(slash("show", id("vpp_in_home_lb"), member(PLAIN_MEMBER))));

    assertThat(reply.path("content").asText())
        .isEqualTo("There is no webinar with id `vpp_in_home_lb`. Did you mean `vpp_in_home_lab`?");
  }

  @Test
  void when_someone_types_a_ping_as_the_id_then_the_answer_neither_pings_nor_shows_a_mention() {
    JsonNode reply =
        edit(FIXTURE.discord().exchange(slash("show", id("@everyone"), member(PLAIN_MEMBER))));

    assertNoMentions(reply);
    assertThat(reply.path("content").asText())
        .contains("@\u200Beveryone")
        .doesNotContain("@everyone");
  }

  @Test
  void when_a_member_without_manage_server_announces_then_they_are_refused_privately() {
    FIXTURE.catalogue(HOME_LAB);

    List<RecordedRequest> exchange =
        announceAs(id("vpp_in_home_lab"), DiscordWorld.MAINTAINERS_ROLE);

    assertDeferred(exchange, true);
    assertThat(edit(exchange).path("content").asText())
        .startsWith("Sorry, only maintainers can announce");
    assertThat(FIXTURE.announcer().calls()).isEmpty();
  }

  @Test
  void given_maintainer_roles_when_a_moderator_without_one_announces_then_they_are_refused() {
    FIXTURE.catalogue(HOME_LAB);

    List<RecordedRequest> exchange =
        announceAs(id("vpp_in_home_lab"), DiscordWorld.MODERATORS_ROLE);

    assertDeferred(exchange, true);
    assertThat(edit(exchange).path("content").asText())
        .startsWith("Sorry, only maintainers can announce");
    assertThat(FIXTURE.announcer().calls()).isEmpty();
  }

  @Test
  void when_a_maintainer_announces_then_the_channel_sees_where_it_was_posted() {
    FIXTURE.catalogue(HOME_LAB);

    List<RecordedRequest> exchange =
        announceAs(
            id("vpp_in_home_lab"), DiscordWorld.MODERATORS_ROLE, DiscordWorld.MAINTAINERS_ROLE);

    assertDeferred(exchange, false);
    JsonNode reply = edit(exchange);
    assertNoMentions(reply);
    assertThat(reply.path("content").asText())
        .isEqualTo(
            "📣 **VPP in your home lab** (announcement)\n"
                + "Posted in: <#"
                + DiscordWorld.ANNOUNCEMENTS
                + ">\n"
                + "Already posted in: `slack:C0123`\n"
                + "Could not post in:\n• discord:"
                + DiscordWorld.LOCKED
                + ": missing access");
    assertThat(FIXTURE.announcer().calls())
        .containsExactly(
            new RecordingAnnouncer.Call("vpp_in_home_lab", PostKind.ANNOUNCEMENT, false));
  }

  @Test
  void when_a_maintainer_announces_a_reminder_kind_then_that_kind_is_posted() {
    FIXTURE.catalogue(HOME_LAB);

    announceAs(
        Map.of("id", "vpp_in_home_lab", "kind", "starting"),
        DiscordWorld.MODERATORS_ROLE,
        DiscordWorld.MAINTAINERS_ROLE);

    assertThat(FIXTURE.announcer().calls())
        .containsExactly(new RecordingAnnouncer.Call("vpp_in_home_lab", PostKind.STARTING, false));
  }

  @Test
  void
      when_a_maintainer_announces_an_unknown_id_then_the_public_placeholder_goes_and_the_answer_is_private() {
    FIXTURE.catalogue(HOME_LAB);

    List<RecordedRequest> exchange =
        announceAs(id("vpp_home"), DiscordWorld.MODERATORS_ROLE, DiscordWorld.MAINTAINERS_ROLE);

    assertDeferred(exchange, false);
    RecordedRequest followUp =
        exchange.stream().filter(r -> r.is("POST", "webhooks/.*")).findFirst().orElseThrow();
    assertThat(followUp.body().path("flags").asInt()).isEqualTo(EPHEMERAL);
    assertThat(followUp.body().path("content").asText())
        .startsWith("There is no webinar with id `vpp_home`.");
    assertNoMentions(followUp.body());
    String token = exchange.get(0).path().split("/")[2];
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                !FIXTURE
                    .discord()
                    .requests("DELETE", "webhooks/\\d+/" + token + "/messages/@original")
                    .isEmpty());
    assertThat(FIXTURE.announcer().calls()).isEmpty();
  }

  @Test
  void when_a_member_types_part_of_an_id_then_matching_ids_are_suggested_upcoming_first() {
    Webinar past =
        WebinarFixtures.sample("vpp_history", DiscordFixture.NOW.minus(Duration.ofDays(300)));
    FIXTURE.catalogue(HOME_LAB, TERABIT, past);

    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(autocomplete("show", "id", "vpp", member(PLAIN_MEMBER)));

    JsonNode callback = exchange.get(0).body();
    assertThat(callback.path("type").asInt()).isEqualTo(AUTOCOMPLETE_RESULT);
    JsonNode choices = callback.path("data").path("choices");
    assertThat(choices.findValuesAsText("value")).containsExactly("vpp_in_home_lab", "vpp_history");
    assertThat(choices.get(0).path("name").asText())
        .isEqualTo("vpp_in_home_lab — VPP in your home lab");
  }

  @Test
  void when_a_member_types_nothing_yet_then_upcoming_ids_are_suggested() {
    FIXTURE.catalogue(HOME_LAB, TERABIT);

    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(autocomplete("announce", "id", "", member(PLAIN_MEMBER)));

    assertThat(exchange.get(0).body().path("data").path("choices").findValuesAsText("value"))
        .containsExactly("secure_terabit", "vpp_in_home_lab");
  }

  /** {@code /webinars announce} with {@code options}, from a plain member holding {@code roles}. */
  private static List<RecordedRequest> announceAs(Map<String, String> options, String... roles) {
    return FIXTURE.discord().exchange(slash("announce", options, member(PLAIN_MEMBER, roles)));
  }

  private static void assertDeferred(List<RecordedRequest> exchange, boolean privately) {
    RecordedRequest callback = exchange.get(0);
    assertThat(callback.path()).endsWith("/callback");
    assertThat(callback.body().path("type").asInt()).isEqualTo(DEFERRED_REPLY);
    assertThat(callback.body().path("data").path("flags").asInt() & EPHEMERAL)
        .isEqualTo(privately ? EPHEMERAL : 0);
  }

  private static JsonNode edit(List<RecordedRequest> exchange) {
    return exchange.stream()
        .filter(r -> r.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reply in " + exchange))
        .body();
  }

  static void assertNoMentions(JsonNode message) {
    assertThat(message.path("allowed_mentions").path("parse").isArray()).isTrue();
    assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(message.path("allowed_mentions").has("users")).isFalse();
    assertThat(message.path("allowed_mentions").has("roles")).isFalse();
  }
}
