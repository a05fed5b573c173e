package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.discord.Interactions.button;
import static webinarbot.testing.discord.Interactions.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * "Remind me" on Discord: the button on a posted announcement, clicked through the stand-in gateway
 * (a component interaction) under a real JDA, answered privately.
 */
class RemindMeButtonTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final int DEFERRED_REPLY = 5;
  private static final int EPHEMERAL = 64;
  private static final String ADA = "1700000000000000042";
  private static final Target ANNOUNCEMENTS = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final Webinar HOME_LAB =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(30)));

  @Test
  void givenAPostedAnnouncement_whenAMemberClicksRemindMe_thenTheyAreSubscribedAndToldPrivately()
      throws Exception {
    FIXTURE.catalogue(HOME_LAB);
    ObjectNode posted = announce();
    String customId = remindButton(posted).path("custom_id").asText();

    List<RecordedRequest> exchange =
        FIXTURE.discord().exchange(button(customId, posted, member(ADA)));

    RecordedRequest callback = exchange.get(0);
    assertThat(callback.body().path("type").asInt()).isEqualTo(DEFERRED_REPLY);
    assertThat(callback.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    JsonNode reply = edit(exchange);
    assertThat(reply.path("content").asText())
        .contains("I'll message you 15 minutes before **VPP in your home lab**");
    assertThat(reply.toString()).contains("Cancel my reminder");
    assertThat(FIXTURE.subscriptions().subscribers(HOME_LAB.id()))
        .containsExactly(new Subscriber("discord", ADA));
  }

  @Test
  void givenASubscriber_whenTheyClickAgain_thenTheyAreUnsubscribed() throws Exception {
    FIXTURE.catalogue(HOME_LAB);
    FIXTURE.subscriptions().subscribe(new Subscriber("discord", ADA), HOME_LAB.id());
    ObjectNode posted = announce();

    JsonNode reply =
        edit(
            FIXTURE
                .discord()
                .exchange(
                    button(remindButton(posted).path("custom_id").asText(), posted, member(ADA))));

    assertThat(reply.path("content").asText()).startsWith("Done: no reminder of");
    assertThat(FIXTURE.subscriptions().subscribers(HOME_LAB.id())).isEmpty();
  }

  @Test
  void givenTheKindsOfPost_whenComposed_thenAnnouncementsAndRemindersCarryTheButtonOnly() {
    assertThat(buttonsOf(PostKind.ANNOUNCEMENT)).contains("remind-me:vpp_in_home_lab");
    assertThat(buttonsOf(PostKind.reminder(Duration.ofDays(1))))
        .contains("remind-me:vpp_in_home_lab");
    assertThat(buttonsOf(PostKind.STARTING)).doesNotContain("remind-me:vpp_in_home_lab");
    assertThat(buttonsOf(PostKind.CANCELLATION)).doesNotContain("remind-me:vpp_in_home_lab");
  }

  private static String buttonsOf(PostKind kind) {
    return DiscordPosts.GOOGLE_ONLY.compose(new Post.About(kind, HOME_LAB)).rows().toString();
  }

  private static ObjectNode announce() throws Exception {
    FIXTURE
        .module()
        .notifier()
        .send(ANNOUNCEMENTS, new Post.About(PostKind.ANNOUNCEMENT, HOME_LAB), "key-a");
    List<ObjectNode> messages = FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS);
    return messages.get(messages.size() - 1);
  }

  private static JsonNode remindButton(ObjectNode message) {
    for (JsonNode row : message.path("components")) {
      for (JsonNode b : row.path("components")) {
        if (b.path("custom_id").asText().startsWith("remind-me:")) {
          return b;
        }
      }
    }
    throw new AssertionError("no Remind me button in " + message);
  }

  private static JsonNode edit(List<RecordedRequest> exchange) {
    return exchange.stream()
        .filter(r -> r.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reply in " + exchange))
        .body();
  }
}
