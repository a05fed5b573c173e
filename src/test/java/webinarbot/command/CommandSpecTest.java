package webinarbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a declaration reads typed words and platform options, and how help shows it. */
class CommandSpecTest {
  private static final CommandSpec ANNOUNCE =
      CommandSpec.of(
          "announce",
          "post now",
          OptionSpec.webinarId(),
          OptionSpec.optionalWord("kind", "kind", List.of("announcement", "update")),
          OptionSpec.flag("force", "post anyway"));
  private static final CommandSpec SEARCH =
      CommandSpec.of("search", "find", OptionSpec.words("words", "what to find"));

  @Test
  void givenOptions_thenUsageShowsRequiredOptionalAndFlags() {
    assertThat(ANNOUNCE.usage()).isEqualTo("announce ID [KIND] [force]");
    assertThat(SEARCH.usage()).isEqualTo("search WORDS");
    assertThat(CommandSpec.of("list", "all").usage()).isEqualTo("list");
  }

  @Test
  void givenTypedWords_thenPositionalOptionsFillInOrderAndAFlagCountsAnywhere() {
    Arguments a = Arguments.parse(ANNOUNCE, "  vpp_in_home_lab  --FORCE update ");

    assertThat(a.get("id")).contains("vpp_in_home_lab");
    assertThat(a.get("kind")).contains("update");
    assertThat(a.has("force")).isTrue();
  }

  @Test
  void givenNoWords_thenNothingIsSetAndAFlagIsAbsent() {
    Arguments a = Arguments.parse(ANNOUNCE, "");

    assertThat(a.get("id")).isEmpty();
    assertThat(a.has("force")).isFalse();
  }

  @Test
  void givenWords_thenTheyTakeTheRestOfTheLineAsTyped() {
    assertThat(Arguments.parse(SEARCH, " pim  sflow ").get("words")).contains("pim  sflow");
  }

  @Test
  void givenPlatformOptions_thenBlankOnesAreDroppedAndAFlagNeedsItsOwnName() {
    Arguments a =
        Arguments.of(ANNOUNCE, Map.of("id", " talk ", "kind", " ", "force", "something else"));

    assertThat(a.get("id")).contains("talk");
    assertThat(a.get("kind")).isEmpty();
    assertThat(a.has("force")).isFalse();
    assertThat(Arguments.of(ANNOUNCE, Map.of("force", "force")).has("force")).isTrue();
  }

  @Test
  void givenAMaintainersOnlyCommand_whenAMemberCallsIt_thenTheDeclaredRefusalAnswersPrivately() {
    ChatCommand announce =
        new ChatCommand() {
          @Override
          public CommandSpec spec() {
            return ANNOUNCE.forMaintainers("Maintainers only.").answeredInChannel();
          }

          @Override
          public Reply run(Caller caller, Arguments arguments) {
            return new Reply.Text("ran");
          }
        };
    ChatCommands commands = new ChatCommands(List.of(announce));

    Answer answer = commands.answer(caller(false), "announce talk");

    assertThat(answer.reply()).isEqualTo(new Reply.Text("Maintainers only."));
    assertThat(answer.inChannel()).isFalse();
    assertThat(commands.mayAnswerInChannel("announce", caller(false))).isFalse();
    assertThat(commands.mayAnswerInChannel("announce", caller(true))).isTrue();
    assertThat(commands.answer(caller(true), "announce", Arguments.none()).reply())
        .isEqualTo(new Reply.Text("ran"));
  }

  private static Caller caller(boolean maintainer) {
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
        return maintainer;
      }
    };
  }
}
