package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webinarbot.Main;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.PageFolder;

/** Lint without picocli prints, and exits with, exactly what the picocli path does. */
class LintFastPathTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, String> ENV =
      Map.of("WEBINARBOT_SITE_BASE_URL", "https://fd.io");

  private record Run(int code, String out, String err) {}

  private static Run run(boolean fast, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(env, CLOCK, new PrintWriter(out), new PrintWriter(err));
    int code = fast ? Main.run(args, ctx) : Main.runWithPicocli(args, ctx);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--content CORPUS lint",
        "lint --content CORPUS --format github",
        "--content=CORPUS lint --format=json -v",
        "--content CORPUS lint --verbose --format TEXT",
        "--content BROKEN lint",
        "--config MISSING --content CORPUS lint",
      })
  void givesWhatPicocliGives(String line, @TempDir Path temp) {
    PageFolder pages = new PageFolder(temp);
    pages.write("bad.md", "+++\ntitle = \"T\"\ndate = \"soon\"\n+++\n");
    pages.write("undated.md", "+++\ntitle = \"U\"\n+++\n");
    List<String> args = new ArrayList<>();
    for (String a : line.split(" ")) {
      args.add(
          a.replace("CORPUS", FdioCorpus.folder().toString())
              .replace("BROKEN", pages.root().toString())
              .replace("MISSING", temp.resolve("nope.toml").toString()));
    }
    String[] argv = args.toArray(String[]::new);
    assertThat(LintFastPath.parse(argv)).as("the fast path takes %s", line).isPresent();

    Run fast = run(true, ENV, argv);
    Run picocli = run(false, ENV, argv);

    assertThat(fast).isEqualTo(picocli);
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String line :
        List.of(
            "lint --help",
            "--format json lint",
            "lint --format xml",
            "lint extra",
            "-v lint",
            "list",
            "lint --content")) {
      assertThat(LintFastPath.parse(line.split(" "))).as(line).isEmpty();
    }
    Run help = run(true, ENV, "lint", "--help");
    assertThat(help.out()).contains("Usage: webinar-bot lint");
  }
}
