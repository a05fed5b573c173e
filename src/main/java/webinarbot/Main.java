package webinarbot;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import webinarbot.cli.CliContext;
import webinarbot.cli.CliFailure;
import webinarbot.cli.UsageErrors;
import webinarbot.cli.WebinarBotCommand;

/** The composition root of the command line: real clock, real environment, real streams. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, System.getenv(), Clock.systemUTC(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line; what tests call instead of {@link #main}. */
  public static int run(
      String[] args, Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err) {
    return run(args, new CliContext(env, clock, out, err));
  }

  /** Runs one command line with a prepared context (tests: a {@code serve} they can stop). */
  public static int run(String[] args, CliContext context) {
    var lint = webinarbot.cli.CommandLines.fastLint(args, context);
    return lint.isPresent() ? lint.getAsInt() : runWithPicocli(args, context);
  }

  /** Every command line through picocli, the fast path for lint left out (tests compare them). */
  public static int runWithPicocli(String[] args, CliContext context) {
    PrintWriter out = context.out();
    PrintWriter err = context.err();
    CommandLine cli = WebinarBotCommand.commandLine(context, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CliFailure f) {
            err.println("webinar-bot: " + f.getMessage());
            err.flush();
            return f.exitCode();
          }
          throw e;
        });
    cli.setParameterExceptionHandler((e, unused) -> UsageErrors.report(e, err));
    return cli.execute(args);
  }
}
