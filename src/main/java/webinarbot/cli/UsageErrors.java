package webinarbot.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import webinarbot.domain.EditDistance;

/**
 * What a mistake on the command line prints: the problem, "Did you mean" when a command or option
 * was misspelt, and the usage of the command it was made in (or where to find it).
 */
public final class UsageErrors {
  /**
   * A misspelling this far from a command name is still recognisable: {@code lsit}, {@code shwo}.
   */
  private static final int CLOSE = 2;

  private UsageErrors() {}

  /** Prints the error and returns {@link ExitCodes#USAGE}. */
  public static int report(CommandLine.ParameterException e, PrintWriter err) {
    CommandLine where = e.getCommandLine();
    String name = where.getCommandSpec().qualifiedName();
    List<String> commands = closeCommands(e);
    err.println(
        "webinar-bot: "
            + (unknownCommand(e).isPresent()
                ? "unknown command '" + unknownCommand(e).get() + "'"
                : e.getMessage()));
    if (!commands.isEmpty()) {
      err.println(
          "Did you mean: "
              + String.join(" or ", commands.stream().map(c -> name + " " + c).toList())
              + "?");
      err.println("Run '" + name + " --help' for every command.");
    } else if (CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Run '" + name + " --help' for more.");
    } else {
      where.usage(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The word given where a command was expected, if that is the mistake. */
  private static Optional<String> unknownCommand(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.isUnknownOption()
        && !u.getUnmatched().isEmpty()
        && !e.getCommandLine().getSubcommands().isEmpty()
        && e.getCommandLine().getParseResult().subcommand() == null) {
      return Optional.of(u.getUnmatched().get(0));
    }
    return Optional.empty();
  }

  /**
   * The subcommands closest to a misspelt one. picocli's own suggestions compare letter pairs,
   * which finds nothing for a swap such as {@code lsit}.
   */
  private static List<String> closeCommands(CommandLine.ParameterException e) {
    if (unknownCommand(e).isEmpty()) {
      return List.of();
    }
    String typed = unknownCommand(e).get().toLowerCase(Locale.ROOT);
    var names = e.getCommandLine().getSubcommands().keySet();
    int best =
        names.stream()
            .mapToInt(n -> EditDistance.withSwaps(typed, n))
            .min()
            .orElse(Integer.MAX_VALUE);
    if (best > CLOSE) {
      return List.of();
    }
    return names.stream()
        .filter(n -> EditDistance.withSwaps(typed, n) == best)
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
