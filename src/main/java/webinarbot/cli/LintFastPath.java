package webinarbot.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code lint} as a site's CI runs it ({@code [--config F] [--content D] lint [--format F]
 * [--verbose]}), without picocli: building picocli's command model took 150 ms of a 25-page lint
 * that now runs in a fraction of that (bench/README.md, "Lint"). Anything else on the line (help, a
 * typo, another option) is left to picocli, so usage and messages stay its own; the tests hold both
 * paths to the same output.
 */
final class LintFastPath {
  private LintFastPath() {}

  /** The lint this command line asks for, if it is one the fast path reads exactly. */
  record Lint(
      Optional<Path> config, Optional<Path> content, DiagnosticFormat format, boolean verbose) {}

  static Optional<Lint> parse(String[] args) {
    Optional<Path> config = Optional.empty();
    Optional<Path> content = Optional.empty();
    DiagnosticFormat format = DiagnosticFormat.TEXT;
    boolean verbose = false;
    boolean lint = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String name = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--config", "--content", "--format" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              return Optional.empty();
            }
            value = args[++i];
          }
          if (value.isEmpty()) {
            return Optional.empty();
          }
          if (name.equals("--config")) {
            config = Optional.of(Path.of(value));
          } else if (name.equals("--content")) {
            content = Optional.of(Path.of(value));
          } else {
            if (!lint) {
              return Optional.empty();
            }
            Optional<DiagnosticFormat> f = format(value);
            if (f.isEmpty()) {
              return Optional.empty();
            }
            format = f.get();
          }
        }
        case "-v", "--verbose" -> {
          if (!lint || value != null) {
            return Optional.empty();
          }
          verbose = true;
        }
        case "lint" -> {
          if (lint) {
            return Optional.empty();
          }
          lint = true;
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return lint ? Optional.of(new Lint(config, content, format, verbose)) : Optional.empty();
  }

  private static Optional<DiagnosticFormat> format(String value) {
    for (DiagnosticFormat f : DiagnosticFormat.values()) {
      if (f.name().equals(value.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Runs it as picocli would: a configuration error is the same message and exit code. */
  static int run(Lint lint, CliContext ctx) {
    lint.config().ifPresent(ctx::configFile);
    lint.content().ifPresent(ctx::contentDir);
    try {
      return LintCli.run(ctx, lint.format(), lint.verbose());
    } catch (CliFailure f) {
      ctx.err().println("webinar-bot: " + f.getMessage());
      ctx.err().flush();
      return f.exitCode();
    }
  }
}
