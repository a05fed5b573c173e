package webinarbot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code /webinars} subcommands by name; what a platform hands the typed text to. */
public final class ChatCommands {
  private final Map<String, ChatCommand> byName = new LinkedHashMap<>();
  private final String defaultCommand;

  /** The first command is what an empty {@code /webinars} runs. */
  public ChatCommands(List<ChatCommand> commands) {
    for (ChatCommand c : commands) {
      if (byName.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException("two commands named " + c.name());
      }
    }
    this.defaultCommand = commands.get(0).name();
  }

  public List<ChatCommand> all() {
    return List.copyOf(byName.values());
  }

  public Optional<ChatCommand> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Runs {@code /webinars TEXT}: the first word picks the command, the rest are its arguments. */
  public Reply run(Caller caller, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return byName.get(defaultCommand).run(caller, "");
    }
    int space = t.indexOf(' ');
    String word = space < 0 ? t : t.substring(0, space);
    String rest = space < 0 ? "" : t.substring(space + 1).strip();
    return find(word)
        .map(c -> c.run(caller, rest))
        .orElseGet(
            () ->
                new Reply.Text(
                    "I don't know `"
                        + word
                        + "`. Try one of: "
                        + String.join(
                            ", ", byName.keySet().stream().map(n -> "`" + n + "`").toList())
                        + ", or `help`."));
  }
}
