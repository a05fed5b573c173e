package webinarbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Announcer;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.FdioCorpus;

/** The platform-free /webinars use cases, against the FD.io corpus on 2 February 2025. */
class ChatCommandsTest {
  private static final Clock FOSDEM_MORNING =
      Clock.fixed(Instant.parse("2025-02-02T09:00:00Z"), ZoneOffset.UTC);
  private final Supplier<Catalogue> catalogue = () -> FdioCorpus.load().catalogue();
  private final List<String> announced = new ArrayList<>();
  private final Announcer announcer =
      (id, kind, dryRun) -> {
        announced.add(id + " " + kind.code());
        return new Announcer.Outcome(List.of("slack:C1"), List.of(), List.of());
      };
  private final ChatCommands commands = commands();

  private ChatCommands commands() {
    return webinarbot.testing.StandardCommands.create(catalogue, FOSDEM_MORNING, announcer);
  }

  private static Caller member() {
    return new Caller() {
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
  }

  private static Caller maintainer() {
    return new Caller() {
      @Override
      public String platform() {
        return "slack";
      }

      @Override
      public String id() {
        return "U2";
      }

      @Override
      public boolean isMaintainer() {
        return true;
      }
    };
  }

  @Test
  void givenATypoInAFlag_whenAMaintainerAnnounces_thenNothingIsPostedAndTheUsageIsShown() {
    Answer a =
        commands.answer(
            maintainer(),
            "announce 2025_02_02_unleashing_100_mpps_with_fdio_vpp_on_gcp reminder-1d forse");

    assertThat(announced).isEmpty();
    assertThat(a.reply())
        .isInstanceOfSatisfying(
            Reply.Text.class,
            t ->
                assertThat(t.text())
                    .contains("`forse`")
                    .contains("Usage: `/webinars announce ID [KIND] [force]`"));
  }

  @Test
  void anEmptyCommandListsUpcomingWebinars() {
    Answer a = commands.answer(member(), "");
    Reply r = a.reply();

    assertThat(r)
        .isInstanceOfSatisfying(
            Reply.Webinars.class,
            w -> {
              assertThat(w.webinars())
                  .extracting(Webinar::id)
                  .startsWith("2025_02_02_unleashing_100_mpps_with_fdio_vpp_on_gcp");
              assertThat(w.webinars()).hasSize(8);
            });
    assertThat(a.inChannel()).isFalse();
  }

  @Test
  void nextIsTheFirstNotYetStarted() {
    assertThat(commands.run(member(), "next"))
        .isInstanceOfSatisfying(
            Reply.Detail.class,
            d ->
                assertThat(d.webinar().id())
                    .isEqualTo("2025_02_02_unleashing_100_mpps_with_fdio_vpp_on_gcp"));
  }

  @Test
  void searchMatchesEveryWordInTitlesAndSpeakers() {
    Reply r = commands.run(member(), "search pim sflow");

    assertThat(r)
        .isInstanceOfSatisfying(
            Reply.Webinars.class,
            w ->
                assertThat(w.webinars())
                    .extracting(Webinar::id)
                    .containsExactly("2025_02_02_vpp_monitoring_100gbps_with_sflow"));
  }

  @Test
  void anUnknownIdGetsSuggestions() {
    assertThat(commands.run(member(), "show vpp_in_home"))
        .isEqualTo(
            new Reply.Text(
                "There is no webinar with id `vpp_in_home`. Did you mean `vpp_in_home_lab`?"));
  }

  @Test
  void anUnknownSubcommandIsAnsweredHelpfully() {
    assertThat(commands.run(member(), "dance"))
        .isInstanceOfSatisfying(
            Reply.Text.class,
            t ->
                assertThat(t.text())
                    .startsWith("I don't know `dance`. Try one of: `list`, `next`"));
  }

  @Test
  void membersCannotAnnounceAndNothingIsPosted() {
    Reply r = commands.run(member(), "announce vpp_in_home_lab");

    assertThat(r)
        .isInstanceOfSatisfying(
            Reply.Text.class,
            t -> assertThat(t.text()).startsWith("Sorry, only maintainers can announce"));
    assertThat(announced).isEmpty();
  }

  @Test
  void maintainersAnnounceThroughTheAnnouncerInTheChannel() {
    String sflow = "2025_02_02_vpp_monitoring_100gbps_with_sflow"; // 12:35 that day, Brussels
    Answer answer = commands.answer(maintainer(), "announce " + sflow + " reminder-1d");
    Reply r = answer.reply();

    assertThat(announced).containsExactly(sflow + " reminder-1d");
    assertThat(r)
        .isInstanceOfSatisfying(
            Reply.Announced.class,
            a -> assertThat(a.kind()).isEqualTo(PostKind.reminder(java.time.Duration.ofDays(1))));
    assertThat(answer.inChannel()).isTrue();
  }

  @Test
  void aTalkThatIsOverIsNotAnnouncedWithoutForceAndTheReplySaysWhy() {
    Answer refusal = commands.answer(maintainer(), "announce vpp_in_home_lab");
    Reply refused = refusal.reply();

    assertThat(announced).isEmpty();
    assertThat(refused)
        .isInstanceOfSatisfying(
            Reply.Text.class,
            t ->
                assertThat(t.text())
                    .startsWith(
                        "Not posted: vpp_in_home_lab is over: it started on Wed 24 Mar 2021 15:00"
                            + " UTC, 1410 days ago; an announcement would be about a past talk.")
                    .endsWith("add `force`: `announce vpp_in_home_lab announcement force`."));
    assertThat(refusal.inChannel()).isFalse();

    Reply forced = commands.run(maintainer(), "announce vpp_in_home_lab force");

    assertThat(announced).containsExactly("vpp_in_home_lab announcement");
    assertThat(forced).isInstanceOf(Reply.Announced.class);
  }

  @Test
  void aFollowUpAfterTheTalkNeedsNoForce() {
    commands.run(maintainer(), "announce vpp_in_home_lab followup");

    assertThat(announced).containsExactly("vpp_in_home_lab followup");
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(commands.run(member(), "help"))
        .isInstanceOfSatisfying(
            Reply.Text.class,
            t ->
                assertThat(t.text())
                    .contains(
                        "`/webinars show ID`: one webinar in full", "`/webinars help`: this help"));
  }
}
