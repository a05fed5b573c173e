package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.discord.Interactions.id;
import static webinarbot.testing.discord.Interactions.member;
import static webinarbot.testing.discord.Interactions.slash;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.domain.PostKind;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordingAnnouncer;
import webinarbot.testing.discord.WebinarFixtures;

/** With {@code discord.maintainer_roles} empty, Manage Server alone makes a maintainer. */
class AnnounceWithoutMaintainerRolesTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  @Test
  void given_no_maintainer_roles_when_a_member_with_manage_server_announces_then_it_is_posted() {
    FIXTURE.catalogue(
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(3))));

    FIXTURE
        .discord()
        .exchange(
            slash(
                "announce",
                id("vpp_in_home_lab"),
                member("1700000000000000002", DiscordWorld.MODERATORS_ROLE)));

    assertThat(FIXTURE.announcer().calls())
        .containsExactly(
            new RecordingAnnouncer.Call("vpp_in_home_lab", PostKind.ANNOUNCEMENT, false));
  }

  @Test
  void
      given_no_maintainer_roles_when_a_member_without_manage_server_announces_then_nothing_is_posted() {
    FIXTURE.catalogue(
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(3))));

    FIXTURE
        .discord()
        .exchange(
            slash(
                "announce",
                id("vpp_in_home_lab"),
                member("1700000000000000003", DiscordWorld.MAINTAINERS_ROLE)));

    assertThat(FIXTURE.announcer().calls()).isEmpty();
  }
}
