package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher picks JVM flags by command; a stand-in {@code java} shows what it was given. */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/main/dist/webinar-bot");
  @TempDir Path javaHome;

  @BeforeEach
  void standInJava() throws IOException {
    Path bin = Files.createDirectories(javaHome.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private List<String> javaArgs(String... args) throws Exception {
    return javaArgs(SCRIPT, args);
  }

  private List<String> javaArgs(Path script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  @Test
  void oneShotCommandsGetTheQuickCompilerAndTheSerialCollector() throws Exception {
    List<String> args = javaArgs("--content", "site/content", "lint", "--format", "github");

    assertThat(args)
        .startsWith("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:-UsePerfData", "-jar");
    assertThat(args.get(4)).endsWith("src/main/dist/webinar-bot.jar");
    assertThat(args.subList(5, args.size()))
        .containsExactly("--content", "site/content", "lint", "--format", "github");
  }

  @Test
  void theClassArchiveBesideTheJarIsUsedForOneShotCommandsOnly(@TempDir Path target)
      throws Exception {
    Path script = Files.copy(SCRIPT, target.resolve("webinar-bot"));
    Files.writeString(target.resolve("webinar-bot.jsa"), "archive");
    String archive = "-XX:SharedArchiveFile=" + target.toRealPath().resolve("webinar-bot.jsa");

    List<String> lint = javaArgs(script, "lint");
    List<String> serve = javaArgs(script, "serve");

    assertThat(lint).contains(archive, "-Xlog:disable", "-Xlog:all=warning:stderr");
    assertThat(serve).doesNotContain(archive);
  }

  @Test
  void reviewGetsItsOwnArchiveWhenThereIsOne(@TempDir Path target) throws Exception {
    Path script = Files.copy(SCRIPT, target.resolve("webinar-bot"));
    Files.writeString(target.resolve("webinar-bot.jsa"), "archive");
    Files.writeString(target.resolve("webinar-bot-review.jsa"), "archive");
    String lintArchive = "-XX:SharedArchiveFile=" + target.toRealPath().resolve("webinar-bot.jsa");
    String reviewArchive =
        "-XX:SharedArchiveFile=" + target.toRealPath().resolve("webinar-bot-review.jsa");

    assertThat(javaArgs(script, "review", "--base", "main")).contains(reviewArchive);
    assertThat(javaArgs(script, "lint")).contains(lintArchive).doesNotContain(reviewArchive);
  }

  @Test
  void serveKeepsTheJvmDefaultsEvenWhenAFolderIsCalledServe() throws Exception {
    assertThat(javaArgs("serve")).startsWith("-jar");
    assertThat(javaArgs("--config", "serve", "lint")).startsWith("-XX:TieredStopAtLevel=1");
  }
}
