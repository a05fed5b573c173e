package webinarbot.cli;

import java.util.OptionalInt;

/** Entry points {@code Main} uses besides picocli's. */
public final class CommandLines {
  private CommandLines() {}

  /** Runs {@code lint} without picocli when the command line is a plain lint; else empty. */
  public static OptionalInt fastLint(String[] args, CliContext context) {
    return LintFastPath.parse(args)
        .map(l -> OptionalInt.of(LintFastPath.run(l, context)))
        .orElse(OptionalInt.empty());
  }
}
