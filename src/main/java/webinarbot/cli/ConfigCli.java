package webinarbot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.app.Outbound;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.delivery.Target;

/**
 * {@code config --show}: the settings the bot would run with here, each with where it came from
 * (default, a file and its line, an environment variable, an option), which secrets are set (never
 * their values) and where posts would go. What to run first when the bot does not do what the
 * configuration file says.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "Show the settings in effect and where each came from: default, file, environment.",
      "Secrets are shown as set or not set, never their values."
    })
final class ConfigCli implements Callable<Integer> {
  static final List<String> SECRETS =
      List.of(
          Secrets.SLACK_BOT_TOKEN,
          Secrets.SLACK_SIGNING_SECRET,
          Secrets.SLACK_APP_TOKEN,
          Secrets.DISCORD_TOKEN,
          Secrets.STORAGE_PASSWORD);

  @ParentCommand WebinarBotCommand root;

  @Option(names = "--show", required = true, description = "print the effective settings")
  boolean show;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json; default text")
  OutputFormat format;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    List<ConfigLoader.Setting> settings = ctx.settingSources();
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String name : SECRETS) {
      boolean set = Optional.ofNullable(ctx.env().get(name)).filter(v -> !v.isBlank()).isPresent();
      secrets.put(name, set ? "set" : "not set");
    }
    List<String> targets =
        Outbound.targets(ctx.settings(), ctx.secrets()).stream().map(Target::key).toList();
    List<String> warnings = Outbound.targetWarnings(ctx.settings(), ctx.secrets());
    ctx.out()
        .print(
            format == OutputFormat.JSON
                ? Json.write(json(settings, secrets, targets, warnings)) + "\n"
                : text(settings, secrets, targets, warnings));
    ctx.out().flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(
      List<ConfigLoader.Setting> settings,
      Map<String, String> secrets,
      List<String> targets,
      List<String> warnings) {
    Map<String, Object> byKey = new LinkedHashMap<>();
    for (ConfigLoader.Setting s : settings) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("value", s.value());
      one.put("source", s.source());
      one.put("origin", s.origin());
      byKey.put(s.key(), one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("settings", byKey);
    out.put("secrets", secrets);
    out.put("targets", targets);
    out.put("warnings", warnings);
    return out;
  }

  /** A TOML file of the settings in effect, each line commented with where its value came from. */
  private static String text(
      List<ConfigLoader.Setting> settings,
      Map<String, String> secrets,
      List<String> targets,
      List<String> warnings) {
    StringBuilder b = new StringBuilder();
    b.append("# The settings in effect, and where each came from.\n");
    String section = "";
    for (ConfigLoader.Setting s : settings) {
      String[] parts = s.key().split("\\.", 2);
      if (!parts[0].equals(section)) {
        section = parts[0];
        b.append('\n').append('[').append(section).append("]\n");
      }
      String line = parts[1] + " = " + toml(s.value());
      b.append(line)
          .append(" ".repeat(Math.max(1, 44 - line.length())))
          .append("# ")
          .append(s.source().equals(s.origin()) ? s.origin() : s.source() + ": " + s.origin())
          .append('\n');
    }
    b.append("\n# Secrets, from the environment only (never shown):\n");
    secrets.forEach(
        (name, state) -> b.append("#   ").append(name).append(": ").append(state).append('\n'));
    b.append("# Posts go to: ")
        .append(targets.isEmpty() ? "nowhere" : String.join(", ", targets))
        .append('\n');
    warnings.forEach(w -> b.append("# Warning: ").append(w).append('\n'));
    return b.toString();
  }

  private static String toml(Object value) {
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof List<?> l) {
      return "[" + String.join(", ", l.stream().map(ConfigCli::toml).toList()) + "]";
    }
    return String.valueOf(value);
  }
}
