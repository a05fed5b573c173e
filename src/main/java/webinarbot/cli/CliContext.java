package webinarbot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.config.ConfigException;
import webinarbot.config.ConfigLoader;
import webinarbot.config.ContentSetup;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.content.ContentFolder;
import webinarbot.content.Diagnostic;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.PostRenderer;
import webinarbot.delivery.TextRenderer;
import webinarbot.discord.DiscordRenderer;
import webinarbot.slack.SlackRenderer;

/**
 * What every subcommand needs: the environment, the clock, output streams, and settings and content
 * loaded on first use (so {@code --help} works without a configuration).
 */
public final class CliContext {
  static final String CONTENT_OPTION = "--content";
  private static final String CONTENT_DIR = "content.dir";
  private final Map<String, String> env;
  private final Clock clock;
  private final PrintWriter out;
  private final PrintWriter err;
  private final StopSignal stop;
  private Optional<Path> configFile = Optional.empty();
  private Optional<Path> contentDir = Optional.empty();
  private Settings settings;
  private List<ConfigLoader.Setting> sources;

  public CliContext(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err) {
    this(env, clock, out, err, StopSignal.onShutdown());
  }

  /**
   * @param stop what ends {@code serve}; tests that run it in-process stop it by hand
   */
  public CliContext(
      Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, StopSignal stop) {
    this.stop = stop;
    this.env = Map.copyOf(env);
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  void configFile(Path file) {
    this.configFile = Optional.of(file);
  }

  void contentDir(Path dir) {
    this.contentDir = Optional.of(dir);
  }

  public StopSignal stopSignal() {
    return stop;
  }

  public Clock clock() {
    return clock;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }

  public Secrets secrets() {
    return new Secrets(env);
  }

  /** The settings, with {@code --content} applied; a bad configuration ends the command. */
  public Settings settings() {
    if (settings == null) {
      try {
        ConfigLoader.Loaded loaded = new ConfigLoader(env).read(configFile);
        sources = loaded.sources();
        Settings s = loaded.settings();
        settings = contentDir.map(d -> s.withContent(s.content().withDir(d))).orElse(s);
      } catch (ConfigException e) {
        throw new CliFailure(ExitCodes.USAGE, "configuration: " + e.getMessage());
      }
    }
    return settings;
  }

  /**
   * Every setting in effect and where it came from ({@code config --show}); {@code --content} is
   * shown as what it is.
   */
  List<ConfigLoader.Setting> settingSources() {
    settings();
    return sources.stream()
        .map(
            s ->
                s.key().equals(CONTENT_DIR) && contentDir.isPresent()
                    ? new ConfigLoader.Setting(
                        CONTENT_DIR, contentDir.get().toString(), CONTENT_OPTION)
                    : s)
        .toList();
  }

  /** Every renderer {@code preview} can use, one per platform. */
  public List<PostRenderer> renderers() {
    CalendarLinks calendar = calendarLinks();
    return List.of(
        new TextRenderer(calendar), new SlackRenderer(calendar), new DiscordRenderer(calendar));
  }

  /**
   * The "add to calendar" links posts carry: Google's, and the .ics with {@code http.public_url}.
   */
  public CalendarLinks calendarLinks() {
    return new CalendarLinks(settings().http().publicUrl());
  }

  /**
   * The content folder; one that is missing, or a file, ends the command as a configuration error
   * (exit 2) naming where {@code content.dir} was set.
   */
  public Path contentFolder() {
    Path dir = contentSetup().root();
    Optional<String> problem = ContentFolder.problem(dir);
    if (problem.isPresent()) {
      String origin =
          settingSources().stream()
              .filter(s -> s.key().equals(CONTENT_DIR))
              .map(s -> s.source().equals("default") ? "the default" : s.origin())
              .findFirst()
              .orElse("");
      throw new CliFailure(
          ExitCodes.USAGE,
          problem.get()
              + " (content.dir, from "
              + origin
              + "; point it, or --content, at the folder of webinar pages)");
    }
    return dir;
  }

  public HugoContentLoader contentLoader() {
    return contentSetup().loader();
  }

  /** The content reader and the folder it reads, from the settings. */
  public ContentSetup contentSetup() {
    return ContentSetup.of(settings());
  }

  /**
   * Loads the content folder; errors go to standard error, so the valid pages can still be used.
   */
  public LoadResult loadContent() {
    ContentSetup content = contentSetup();
    LoadResult result = content.loader().load(contentFolder());
    result.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format()));
    if (result.hasErrors()) {
      err.println(
          "webinar-bot: "
              + result.errorCount()
              + " error(s) in content; pages with errors are left out (run lint for details)");
    }
    err.flush();
    return result;
  }
}
