package webinarbot.testing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webinarbot.config.ConfigLoader;
import webinarbot.testing.CliRun;

/**
 * The bot as a deployment file starts it: its environment, its command line and the files it can
 * read at their paths inside the container (or on the server), put together in the order the tool
 * applies them. {@link #effective} asks the real command line, {@code config --show}, what the bot
 * would run with there, so a test checks the settings themselves and not one file at a time.
 */
public final class BotProcess {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  private final Map<String, String> env = new LinkedHashMap<>();
  private final Map<String, Path> files = new LinkedHashMap<>();
  private final List<String> args = new ArrayList<>();
  private String workdir = "/";

  /**
   * A container of the image built from this Dockerfile: its {@code ENV}, its {@code WORKDIR}, the
   * repository files it {@code COPY}s in, and its {@code CMD}.
   */
  public static BotProcess image(Dockerfile image) {
    BotProcess p = new BotProcess();
    p.env.putAll(image.env());
    image.runtime("WORKDIR").forEach(w -> p.workdir = w.arguments());
    for (Dockerfile.Instruction copy : image.runtime("COPY")) {
      List<String> words = List.of(copy.arguments().split("\\s+"));
      if (words.size() == 2 && !words.get(0).startsWith("--")) {
        p.files.put(words.get(1), DeployFiles.repository().resolve(words.get(0)));
      }
    }
    p.args.addAll(image.only("CMD").execForm());
    return p;
  }

  /** A process on a server, started in {@code workdir}. */
  public static BotProcess server(String workdir) {
    BotProcess p = new BotProcess();
    p.workdir = workdir;
    return p;
  }

  /** Variables, applied over the ones already there (the tool's order: later wins). */
  public BotProcess env(Map<String, String> more) {
    env.putAll(more);
    return this;
  }

  /** A file the bot can read at {@code path}, hiding whatever was there (a mount). */
  public BotProcess file(String path, Path host) {
    if (!Files.isRegularFile(host)) {
      throw new AssertionError("no file " + host + " to put at " + path);
    }
    files.put(path, host);
    return this;
  }

  /** A file at {@code path} with this text (a ConfigMap key mounted as a file). */
  public BotProcess file(String path, String text, Path temp) {
    try {
      Path host = Files.createTempFile(temp, "mounted", ".toml");
      Files.writeString(host, text);
      return file(path, host);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The arguments after the jar, replacing the image's {@code CMD}. */
  public BotProcess args(List<String> commandLine) {
    args.clear();
    args.addAll(commandLine);
    return this;
  }

  /** The arguments the bot gets after {@code -jar webinar-bot.jar}. */
  public List<String> args() {
    return List.copyOf(args);
  }

  public Map<String, String> environment() {
    return Map.copyOf(env);
  }

  /**
   * What {@code config --show --format json} prints in this process: its options with the files
   * they name, the subcommand replaced. {@code settings.KEY.value}, {@code .source} ({@code
   * default}, {@code file}, {@code environment}), {@code .origin}; {@code secrets}, {@code
   * targets}.
   */
  public JsonNode effective(Path temp) {
    String command = ProjectFacts.subcommand(ProjectFacts.parseCommandLine(args));
    List<String> options = new ArrayList<>(args.subList(0, args.lastIndexOf(command)));
    int config = options.indexOf("--config");
    String file;
    if (config >= 0) {
      file = options.get(config + 1);
      options.subList(config, config + 2).clear();
      if (!files.containsKey(file)) {
        throw new AssertionError("the bot is told to read " + file + ", which is not there");
      }
    } else {
      file = workdir.replaceAll("/$", "") + "/" + ConfigLoader.DEFAULT_FILE;
    }
    String host = hostFile(file, temp).toString();
    List<String> cli = new ArrayList<>(List.of("--config", host));
    cli.addAll(options);
    cli.addAll(List.of("config", "--show", "--format", "json"));
    CliRun run = CliRun.run(env, CLOCK, cli.toArray(String[]::new));
    if (run.exitCode() != 0) {
      throw new AssertionError("the bot would refuse to start:\n" + run.err());
    }
    try {
      // Origins name the file where the bot would read it, not where the test keeps it.
      return JSON.readTree(run.out().replace(host, file));
    } catch (IOException e) {
      throw new AssertionError("config --show printed no JSON:\n" + run.out(), e);
    }
  }

  /** The host file behind a path in the process, or an empty one when there is none. */
  private Path hostFile(String path, Path temp) {
    Path host = files.get(path);
    if (host != null) {
      return host;
    }
    try {
      Path none = temp.resolve("no-config-file.toml");
      if (!Files.exists(none)) {
        Files.createFile(none);
      }
      return none;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
