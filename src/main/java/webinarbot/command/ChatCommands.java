package webinarbot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code /webinars} subcommands by name: what a platform hands a call to. It checks who may run
 * a command and decides who sees the answer, from each command's {@link CommandSpec}.
 */
public final class ChatCommands {
  private final Map<String, ChatCommand> byName = new LinkedHashMap<>();
  private final String defaultCommand;

  /** The first command is what an empty {@code /webinars} runs. */
  public ChatCommands(List<ChatCommand> commands) {
    for (ChatCommand c : commands) {
      if (byName.putIfAbsent(c.spec().name(), c) != null) {
        throw new IllegalArgumentException("two commands named " + c.spec().name());
      }
    }
    this.defaultCommand = commands.get(0).spec().name();
  }

  public List<ChatCommand> all() {
    return List.copyOf(byName.values());
  }

  /** Every command's declaration, in help order: what the platforms register. */
  public List<CommandSpec> specs() {
    return byName.values().stream().map(ChatCommand::spec).toList();
  }

  public Optional<ChatCommand> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Runs {@code /webinars TEXT}: the first word picks the command, the rest are its options. */
  public Answer answer(Caller caller, String text) {
    String t = text == null ? "" : text.strip();
    int space = t.indexOf(' ');
    String word = t.isEmpty() ? defaultCommand : space < 0 ? t : t.substring(0, space);
    String rest = space < 0 ? "" : t.substring(space + 1);
    return find(word)
        .map(c -> run(c, caller, Arguments.parse(c.spec(), rest)))
        .orElseGet(() -> Answer.toCaller(unknown(word)));
  }

  /** Runs one subcommand with options the platform has already separated (Discord). */
  public Answer answer(Caller caller, String name, Arguments arguments) {
    return find(name)
        .map(c -> run(c, caller, arguments))
        .orElseGet(() -> Answer.toCaller(unknown(name)));
  }

  /** {@link #answer(Caller, String)}'s reply alone. */
  public Reply run(Caller caller, String text) {
    return answer(caller, text).reply();
  }

  /**
   * Whether the answer to {@code name} will go to the channel if it succeeds: Discord must choose
   * before the command runs. The maintainer check is asked only of commands that need it.
   */
  public boolean mayAnswerInChannel(String name, Caller caller) {
    return find(name)
        .map(ChatCommand::spec)
        .filter(s -> s.visibility() == CommandSpec.Visibility.CHANNEL)
        .filter(s -> s.maintainersOnly().isEmpty() || caller.isMaintainer())
        .isPresent();
  }

  private static Answer run(ChatCommand c, Caller caller, Arguments arguments) {
    Optional<String> refusal = c.spec().maintainersOnly();
    if (refusal.isPresent() && !caller.isMaintainer()) {
      return Answer.toCaller(new Reply.Text(refusal.get()));
    }
    if (!arguments.unexpected().isEmpty()) {
      return Answer.toCaller(
          new Reply.Text(
              "I don't know what `"
                  + String.join(" ", arguments.unexpected())
                  + "` means here. Usage: `"
                  + StandardCommands.SLASH
                  + " "
                  + c.spec().usage()
                  + "`"));
    }
    return Answer.of(c.spec(), c.run(caller, arguments));
  }

  private Reply unknown(String word) {
    return new Reply.Text(
        "I don't know `"
            + word
            + "`. Try one of: "
            + String.join(", ", byName.keySet().stream().map(n -> "`" + n + "`").toList())
            + ", or `help`.");
  }
}
