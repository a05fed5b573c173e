package webinarbot.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import webinarbot.Main;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {
  /** The FD.io corpus folder, as a command-line argument. */
  public static final String CORPUS = FdioCorpus.folder().toString();

  /** The instant the CLI tests run at: several corpus talks are upcoming, most are over. */
  public static final Clock NOV_2026 =
      Clock.fixed(java.time.Instant.parse("2026-11-26T12:00:00Z"), java.time.ZoneOffset.UTC);

  public static CliRun run(Map<String, String> env, Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, env, clock, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** With FD.io's base URL from the environment, as an operator would set it. */
  public static CliRun fdio(String... args) {
    return run(Map.of("WEBINARBOT_SITE_BASE_URL", "https://fd.io"), NOV_2026, args);
  }
}
