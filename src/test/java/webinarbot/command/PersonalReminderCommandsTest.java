package webinarbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.MutableClock;
import webinarbot.testing.TestWebinars;

/** {@code remind}, {@code mine}, {@code forget} and {@code forget-me}, over a real H2. */
class PersonalReminderCommandsTest {
  private final MutableClock clock = MutableClock.at("2026-06-01T00:00:00Z");
  private final Webinar talk =
      TestWebinars.timed("vpp_talk", "2026-06-10T17:00", "UTC").title("VPP talk").build();
  private final Webinar soon =
      TestWebinars.timed("soon", "2026-06-02T17:00", "UTC").title("Soon").build();
  private final Webinar over =
      TestWebinars.timed("over", "2026-05-02T17:00", "UTC").title("Over").build();
  private final Webinar cancelled =
      TestWebinars.timed("off", "2026-06-12T17:00", "UTC").cancelled().build();
  @TempDir static Path pages;

  /** A weekly call whose first occurrence, on 26 May, is over; three are to come. */
  private final Webinar weekly =
      TestWebinars.series(
          pages, "weekly", "2026-05-26", "17:00 - 18:00 UTC", "FREQ=WEEKLY;BYDAY=TU;COUNT=4");

  private final Catalogue catalogue = new Catalogue(List.of(talk, soon, over, cancelled, weekly));
  private final Subscriptions subscriptions =
      webinarbot.testing.StandardCommands.subscriptions(clock);
  private final ChatCommands commands =
      webinarbot.testing.StandardCommands.create(
          () -> catalogue,
          clock,
          webinarbot.testing.StandardCommands.refusingAnnouncer(),
          subscriptions);

  @Test
  void givenAnUpcomingTalk_whenSomeoneAsksToBeReminded_thenTheyAreSubscribedAndToldWhen() {
    Reply reply = run(ADA, "remind vpp_talk");
    Reply again = run(ADA, "remind vpp_talk");

    assertThat(reply)
        .isEqualTo(
            new Reply.Reminder(
                talk, java.time.Duration.ofMinutes(15), Reply.ReminderState.SUBSCRIBED));
    assertThat(((Reply.Reminder) reply).words("*VPP talk*", "then"))
        .isEqualTo(
            "I'll message you 15 minutes before *VPP talk* starts (then)."
                + " `/webinars forget vpp_talk` cancels it.");
    assertThat(((Reply.Reminder) again).state()).isEqualTo(Reply.ReminderState.ALREADY_SUBSCRIBED);
    assertThat(subscriptions.subscribers("vpp_talk"))
        .containsExactly(new Subscriber("slack", "U1"));
  }

  @Test
  void givenATypo_whenSomeoneAsksToBeReminded_thenTheClosestIdsAreSuggestedAndNothingIsKept() {
    Reply reply = run(ADA, "remind vpp_tak");

    assertThat(reply)
        .isEqualTo(
            new Reply.Text("There is no webinar with id `vpp_tak`. Did you mean `vpp_talk`?"));
    assertThat(subscriptions.webinars()).isEmpty();
  }

  @Test
  void givenATalkThatIsOverOrCancelled_whenSomeoneAsksToBeReminded_thenTheyAreToldWhyNot() {
    assertThat(text(run(ADA, "remind over"))).contains("has started already");
    assertThat(text(run(ADA, "remind off"))).contains("is cancelled");
    assertThat(subscriptions.webinars()).isEmpty();
  }

  @Test
  void givenASeriesWhoseFirstOccurrenceIsOver_whenSomeoneAsksToBeReminded_thenTheNextOneIsNamed() {
    Reply reply = run(ADA, "remind weekly");
    clock.set(java.time.Instant.parse("2026-06-03T00:00:00Z"));
    Reply mine = run(ADA, "mine");

    assertThat(((Reply.Reminder) reply).state()).isEqualTo(Reply.ReminderState.SUBSCRIBED);
    assertThat(((Reply.Reminder) reply).webinar().time().startInstant())
        .isEqualTo(java.time.Instant.parse("2026-06-02T17:00:00Z"));
    assertThat(((Reply.Webinars) mine).webinars())
        .extracting(w -> w.time().startInstant().toString())
        .containsExactly("2026-06-09T17:00:00Z");
  }

  @Test
  void givenRemindersOfThreeTalks_whenMineIsAsked_thenTheComingOnesAreListedSoonestFirst() {
    run(ADA, "remind vpp_talk");
    run(ADA, "remind soon");
    run(GRACE, "remind vpp_talk");
    subscriptions.subscribe(new Subscriber("slack", "U1"), "over");

    Reply mine = run(ADA, "mine");
    Reply nobody = run(new Person("U3"), "mine");

    assertThat(mine)
        .isEqualTo(
            new Reply.Webinars(
                "Your reminders",
                List.of(soon, talk),
                "You have no reminders. Click \"Remind me\" on an announcement,"
                    + " or use `remind ID`."));
    assertThat(((Reply.Webinars) nobody).webinars()).isEmpty();
  }

  @Test
  void givenAReminder_whenForgotten_thenItIsGoneAndASecondForgetSaysSo() {
    run(ADA, "remind vpp_talk");
    run(GRACE, "remind vpp_talk");

    Reply first = run(ADA, "forget vpp_talk");
    Reply second = run(ADA, "forget vpp_talk");

    assertThat(((Reply.Reminder) first).state()).isEqualTo(Reply.ReminderState.UNSUBSCRIBED);
    assertThat(((Reply.Reminder) second).state()).isEqualTo(Reply.ReminderState.NOT_SUBSCRIBED);
    assertThat(subscriptions.subscribers("vpp_talk"))
        .containsExactly(new Subscriber("slack", "U2"));
  }

  @Test
  void givenRemindersOfTwoPeople_whenOneSaysForgetMe_thenAllOfTheirsAndNoneOfTheOthersGo() {
    run(ADA, "remind vpp_talk");
    run(ADA, "remind soon");
    run(GRACE, "remind soon");

    Reply reply = run(ADA, "forget-me");
    Reply again = run(ADA, "forget-me");

    assertThat(text(reply))
        .isEqualTo("Done: deleted your 2 reminders. The bot keeps nothing else about you.");
    assertThat(text(again)).isEqualTo("The bot kept nothing about you: you had no reminders.");
    assertThat(subscriptions.of(new Subscriber("slack", "U1"))).isEmpty();
    assertThat(subscriptions.of(new Subscriber("slack", "U2"))).containsExactly("soon");
  }

  @Test
  void givenTheHelp_whenRead_thenItNamesTheReminderCommands() {
    String help = text(run(ADA, "help"));

    assertThat(help)
        .contains("remind ID")
        .contains("mine")
        .contains("forget ID")
        .contains("forget-me");
  }

  private static final Person ADA = new Person("U1");
  private static final Person GRACE = new Person("U2");

  private Reply run(Caller caller, String typed) {
    String[] words = typed.split(" ", 2);
    Arguments args =
        Arguments.parse(
            commands.find(words[0]).orElseThrow().spec(), words.length > 1 ? words[1] : "");
    return commands.answer(caller, words[0], args).reply();
  }

  private static String text(Reply reply) {
    return ((Reply.Text) reply).text();
  }

  private record Person(String id) implements Caller {
    @Override
    public String platform() {
      return "slack";
    }

    @Override
    public boolean isMaintainer() {
      return false;
    }
  }
}
