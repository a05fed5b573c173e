package webinarbot.testing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import picocli.CommandLine;
import webinarbot.cli.CliContext;
import webinarbot.cli.WebinarBotCommand;
import webinarbot.config.ConfigException;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.slack.SlackModule;
import webinarbot.testing.MutableClock;
import webinarbot.testing.ops.OpsServer;

/**
 * What the project really has, for checking the deployment files against: the jar's name, the
 * default port, the settings and secrets it reads, the command line it accepts, the paths it
 * serves.
 */
public final class ProjectFacts {
  private ProjectFacts() {}

  /** {@code <finalName>.jar} from pom.xml: what {@code mvn package} leaves in target/. */
  public static String jarName() {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document pom =
          factory.newDocumentBuilder().parse(DeployFiles.repository().resolve("pom.xml").toFile());
      String finalName = pom.getElementsByTagName("finalName").item(0).getTextContent().strip();
      return finalName + ".jar";
    } catch (Exception e) {
      throw new AssertionError("cannot read finalName from pom.xml", e);
    }
  }

  public static int defaultHttpPort() {
    return settings(Map.of(), Optional.empty()).http().port();
  }

  /** Every {@code WEBINARBOT_*} setting variable and every secret the bot reads. */
  public static Set<String> knownVariables() {
    Set<String> known = new LinkedHashSet<>();
    ConfigLoader.keys().forEach(k -> known.add(ConfigLoader.variableFor(k)));
    known.addAll(secrets());
    return known;
  }

  /** The environment variables {@link Secrets} names. */
  public static Set<String> secrets() {
    Set<String> names = new LinkedHashSet<>();
    for (Field f : Secrets.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          names.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return names;
  }

  /** Fails unless every variable that looks like the bot's is one it knows. */
  public static void assertKnown(Collection<String> variables, String where) {
    List<String> unknown = new ArrayList<>();
    for (String v : variables) {
      boolean looksLikeOurs = v.startsWith("WEBINARBOT_") || secretsLike(v);
      if (looksLikeOurs && !knownVariables().contains(v)) {
        unknown.add(v);
      }
    }
    assertThat(unknown).as("variables in %s the bot does not know", where).isEmpty();
  }

  private static boolean secretsLike(String v) {
    return v.startsWith("SLACK_") || v.startsWith("DISCORD_");
  }

  /** The settings as the bot would load them from this environment and file, or the problems. */
  public static Settings settings(Map<String, String> env, Optional<Path> file) {
    try {
      return new ConfigLoader(env).load(file);
    } catch (ConfigException e) {
      throw new AssertionError("the bot would refuse to start:\n" + e.getMessage(), e);
    }
  }

  /** Parses a command line as {@code webinar-bot} would, without running it. */
  public static CommandLine.ParseResult parseCommandLine(List<String> args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    CliContext context = new CliContext(Map.of(), Clock.systemUTC(), sink, sink);
    CommandLine cli = WebinarBotCommand.commandLine(context);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      return cli.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new AssertionError("webinar-bot would reject " + args + ": " + e.getMessage(), e);
    }
  }

  /** The subcommand a parsed command line runs. */
  public static String subcommand(CommandLine.ParseResult parsed) {
    return parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "";
  }

  /**
   * Fails unless the running bot answers every one of {@code paths}: the operator endpoints are
   * asked over HTTP on a real server; {@code /slack/events} is the Slack module's.
   */
  public static void assertServed(Collection<String> paths) throws Exception {
    try (OpsServer ops =
        OpsServer.start(Catalogue.empty(), MutableClock.at("2030-01-01T00:00:00Z"))) {
      for (String path : paths) {
        if (path.equals(SlackModule.EVENTS_PATH)) {
          continue;
        }
        HttpResponse<String> r = ops.get(path);
        assertThat(r.statusCode()).as("GET %s", path).isNotEqualTo(404);
      }
    }
  }
}
