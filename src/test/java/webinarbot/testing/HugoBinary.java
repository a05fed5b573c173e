package webinarbot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code hugo} binary (Debian's package; {@code .ci/run} installs it), run on a site to
 * learn what Hugo itself makes of it. A missing binary fails the test that needs it, with the
 * command to install it: a differential test that silently skips proves nothing.
 */
public final class HugoBinary {
  private HugoBinary() {}

  /** The permalink of every regular page, by the page file's absolute path. */
  public static Map<Path, String> permalinks(Path site) {
    List<String> lines = run(site, "list", "all");
    if (lines.isEmpty()) {
      throw new AssertionError("hugo list all printed nothing for " + site);
    }
    List<String> header = csv(lines.get(0));
    int path = header.indexOf("path");
    int permalink = header.indexOf("permalink");
    Map<Path, String> out = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> row = csv(line);
      out.put(site.resolve(row.get(path)).toAbsolutePath().normalize(), row.get(permalink));
    }
    return out;
  }

  /** {@code hugo version}'s first line. */
  public static String version() {
    return run(Path.of("."), "version").get(0);
  }

  private static List<String> run(Path site, String... args) {
    List<String> command = new ArrayList<>();
    command.add("hugo");
    command.addAll(List.of(args));
    if (!args[0].equals("version")) {
      command.add("--source");
      command.add(site.toString());
    }
    Process p;
    try {
      p =
          new ProcessBuilder(command)
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "the hugo binary is needed for this test and is not on PATH: apt-get install hugo"
              + " (.ci/run installs it)",
          e);
    }
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: exit " + p.exitValue());
      }
      return new String(out, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** One CSV line, as Go's encoding/csv writes it. */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** Writes a file, creating its folders. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
