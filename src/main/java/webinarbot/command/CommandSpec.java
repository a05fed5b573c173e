package webinarbot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a subcommand declares about itself, so that each platform derives from it, and from nothing
 * else, how the subcommand is registered, how its options are read, who may run it and who sees the
 * answer.
 *
 * @param name the word that selects it: {@code list}, {@code show}, …
 * @param summary one line for help and Discord's command list
 * @param options in the order they are typed
 * @param maintainersOnly when present, only maintainers may run it and everyone else gets this
 *     refusal (checked before the command runs, on every platform)
 * @param visibility who sees a successful answer; mistakes and refusals are always for the caller
 *     only
 */
public record CommandSpec(
    String name,
    String summary,
    List<OptionSpec> options,
    Optional<String> maintainersOnly,
    Visibility visibility) {

  /** Who sees the answer. */
  public enum Visibility {
    /** Only who typed the command (Slack ephemeral, Discord ephemeral). */
    CALLER,
    /** The whole channel: an announcement made by hand shows who made it. */
    CHANNEL
  }

  public CommandSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    options = List.copyOf(options);
    Objects.requireNonNull(maintainersOnly, "maintainersOnly");
    Objects.requireNonNull(visibility, "visibility");
  }

  /** A command anyone may run, answered to the caller alone. */
  public static CommandSpec of(String name, String summary, OptionSpec... options) {
    return new CommandSpec(name, summary, List.of(options), Optional.empty(), Visibility.CALLER);
  }

  /** The same command, for maintainers only; others are told {@code refusal}. */
  public CommandSpec forMaintainers(String refusal) {
    return new CommandSpec(name, summary, options, Optional.of(refusal), visibility);
  }

  /** The same command, its successful answer shown to the channel. */
  public CommandSpec answeredInChannel() {
    return new CommandSpec(name, summary, options, maintainersOnly, Visibility.CHANNEL);
  }

  /** How to call it, for help and Slack's usage hint: {@code announce ID [KIND] [force]}. */
  public String usage() {
    List<String> words = new ArrayList<>();
    words.add(name);
    options.forEach(o -> words.add(o.usage()));
    return String.join(" ", words);
  }

  public Optional<OptionSpec> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }
}
