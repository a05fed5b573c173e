package webinarbot.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import webinarbot.content.ContentOptions;
import webinarbot.content.TalkSchema;
import webinarbot.domain.Durations;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;

/**
 * Reads {@code webinar-bot.toml} and {@code WEBINARBOT_<SECTION>_<KEY>} variables into {@link
 * Settings}. Every problem is collected, so one start-up shows them all.
 */
public final class ConfigLoader {
  /** The file read from the working directory when {@code --config} is not given. */
  public static final String DEFAULT_FILE = "webinar-bot.toml";

  /**
   * {@code site.base_url} when none is set: a local {@code hugo server}. Fine for trying the bot;
   * {@code serve} warns when a chat platform is on with it, since every link would point there.
   */
  public static final String DEFAULT_BASE_URL = "http://localhost:1313/";

  private static final String ENV_PREFIX = "WEBINARBOT_";
  private static final String DEFAULT_ORIGIN = "default";
  private static final String FIELDS = "content.fields.";

  private static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("content.dir", "content");
    DEFAULTS.put("content.sections", List.of());
    DEFAULTS.put("content.types", ContentOptions.DEFAULT_TYPES);
    DEFAULTS.put("content.people", "");
    for (String field : TalkSchema.FIELDS) {
      DEFAULTS.put(FIELDS + field, TalkSchema.defaultKeys(field));
    }
    DEFAULTS.put("site.root", "");
    DEFAULTS.put("site.base_url", DEFAULT_BASE_URL);
    DEFAULTS.put("schedule.timezone", "UTC");
    DEFAULTS.put(
        "schedule.reminders",
        Settings.Schedule.DEFAULT_REMINDERS.stream().map(Durations::format).toList());
    DEFAULTS.put("schedule.all_day_time", "09:00");
    DEFAULTS.put("schedule.grace", "30m");
    DEFAULTS.put("schedule.digest", "");
    DEFAULTS.put("schedule.personal_reminder", "15m");
    DEFAULTS.put("storage.jdbc_url", "jdbc:h2:file:./data/webinar-bot");
    DEFAULTS.put("storage.user", "");
    DEFAULTS.put("http.port", 8080L);
    DEFAULTS.put("http.body_timeout", "10s");
    DEFAULTS.put("http.max_connections_per_client", 64L);
    DEFAULTS.put("http.public_url", "");
    DEFAULTS.put("slack.channels", List.of());
    DEFAULTS.put("slack.maintainers", List.of());
    DEFAULTS.put("slack.api_url", "https://slack.com/api/");
    DEFAULTS.put("slack.threads", true);
    DEFAULTS.put("discord.channels", List.of());
    DEFAULTS.put("discord.guilds", List.of());
    DEFAULTS.put("discord.maintainer_roles", List.of());
    DEFAULTS.put("discord.api_url", "https://discord.com/api/v10/");
    DEFAULTS.put("discord.gateway_url", "");
    DEFAULTS.put("discord.threads", false);
    DEFAULTS.put("log.format", "text");
    DEFAULTS.put("log.level", "info");
    DEFAULTS.put("review.zones", List.of("America/Los_Angeles", "Europe/Berlin"));
  }

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Every key this version understands, {@code section.key}. */
  public static List<String> keys() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /**
   * @param file {@code --config}: must exist when given; when empty, {@link #DEFAULT_FILE} is read
   *     if present
   */
  public Settings load(Optional<Path> file) throws ConfigException {
    return read(file).settings();
  }

  /**
   * The settings, and for every key the value in effect and where it came from: what {@code config
   * --show} prints.
   *
   * @param file as for {@link #load}
   */
  public Loaded read(Optional<Path> file) throws ConfigException {
    List<String> problems = new ArrayList<>();
    Map<String, RawValue> raw = new LinkedHashMap<>();
    List<Route> routes = new ArrayList<>();
    DEFAULTS.forEach((k, v) -> raw.put(k, new RawValue(v, DEFAULT_ORIGIN)));
    Path path = file.orElse(Path.of(DEFAULT_FILE));
    if (Files.isRegularFile(path)) {
      readFile(path, raw, routes, problems);
    } else if (file.isPresent()) {
      problems.add(
          path
              + (Files.isDirectory(path)
                  ? ": is a folder, not a configuration file"
                  : ": configuration file not found"));
    }
    readEnvironment(raw, problems);
    Settings settings = problems.isEmpty() ? build(raw, routes, problems) : null;
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    List<Setting> sources = new ArrayList<>();
    raw.forEach((k, r) -> sources.add(new Setting(k, shown(k, r.value()), r.origin())));
    return new Loaded(settings, sources);
  }

  /** Lists given as comma-separated text are shown as the lists they become. */
  private static Object shown(String key, Object value) {
    return DEFAULTS.get(key) instanceof List && value instanceof String s
        ? Conversions.list(s)
        : value;
  }

  /**
   * @param sources every key, in the order of {@link #keys()}
   */
  public record Loaded(Settings settings, List<Setting> sources) {
    public Loaded {
      sources = List.copyOf(sources);
    }
  }

  /**
   * One setting as it takes effect.
   *
   * @param value a String, Long, Boolean, Double or List of Strings, as written
   * @param origin {@code default}, {@code FILE:LINE}, the environment variable's name or the
   *     command-line option
   */
  public record Setting(String key, Object value, String origin) {
    /**
     * Where the value came from: {@code default}, {@code file}, {@code environment} or {@code
     * command line} (an option such as {@code --content}).
     */
    public String source() {
      if (origin.equals(DEFAULT_ORIGIN)) {
        return DEFAULT_ORIGIN;
      }
      if (origin.startsWith("--")) {
        return "command line";
      }
      return origin.equals(variableFor(key)) ? "environment" : "file";
    }
  }

  private static void readFile(
      Path path, Map<String, RawValue> raw, List<Route> routes, List<String> problems) {
    TomlParseResult toml;
    try {
      toml = Toml.parse(path);
    } catch (IOException e) {
      problems.add(path + ": cannot read: " + e.getMessage());
      return;
    }
    for (TomlParseError e : toml.errors()) {
      problems.add(
          path + ":" + e.position().line() + ":" + e.position().column() + ": " + e.getMessage());
    }
    if (!toml.errors().isEmpty()) {
      return;
    }
    for (String section : toml.keySet()) {
      Object value = toml.get(List.of(section));
      int line =
          toml.inputPositionOf(List.of(section)) == null
              ? 0
              : toml.inputPositionOf(List.of(section)).line();
      if (section.equals(RouteTables.KEY)) {
        routes.addAll(RouteTables.read(path, value, line, problems));
        continue;
      }
      if (!(value instanceof TomlTable table)) {
        problems.add(path + ":" + line + ": " + section + ": expected a [" + section + "] section");
        continue;
      }
      for (String key : table.keySet()) {
        String name = section + "." + key;
        var pos = table.inputPositionOf(List.of(key));
        String origin = path + ":" + (pos == null ? line : pos.line());
        if ((name + ".").equals(FIELDS) && table.get(List.of(key)) instanceof TomlTable fields) {
          readFields(path, fields, raw, problems);
          continue;
        }
        if (!DEFAULTS.containsKey(name)) {
          problems.add(origin + ": " + name + ": unknown key" + suggestion(name));
          continue;
        }
        raw.put(name, new RawValue(plain(table.get(List.of(key))), origin));
      }
    }
  }

  /** {@code [content.fields]}: one list of keys per talk field. */
  private static void readFields(
      Path path, TomlTable fields, Map<String, RawValue> raw, List<String> problems) {
    for (String field : fields.keySet()) {
      var pos = fields.inputPositionOf(List.of(field));
      String origin = path + ":" + (pos == null ? 0 : pos.line());
      String name = FIELDS + field;
      if (!DEFAULTS.containsKey(name)) {
        problems.add(
            origin
                + ": "
                + name
                + ": unknown field; fields are "
                + String.join(", ", TalkSchema.FIELDS));
        continue;
      }
      raw.put(name, new RawValue(plain(fields.get(List.of(field))), origin));
    }
  }

  private void readEnvironment(Map<String, RawValue> raw, List<String> problems) {
    for (Map.Entry<String, String> e : env.entrySet()) {
      String var = e.getKey();
      if (!var.startsWith(ENV_PREFIX) || var.equals(Secrets.STORAGE_PASSWORD)) {
        continue;
      }
      String name = keyForVariable(var);
      // Set but empty means unset, as env files write it (KEY=): it never wipes out the file's
      // value. A misspelt name is still reported below.
      if (name != null && e.getValue().isBlank()) {
        continue;
      }
      if (name == null) {
        problems.add(
            var
                + ": unknown setting"
                + suggestion(
                    var.substring(ENV_PREFIX.length())
                        .toLowerCase(Locale.ROOT)
                        .replaceFirst("_", ".")));
        continue;
      }
      raw.put(name, new RawValue(e.getValue(), var));
    }
  }

  /** {@code WEBINARBOT_SCHEDULE_ALL_DAY_TIME} → {@code schedule.all_day_time}. */
  static String keyForVariable(String var) {
    for (String key : DEFAULTS.keySet()) {
      if (variableFor(key).equals(var)) {
        return key;
      }
    }
    return null;
  }

  public static String variableFor(String key) {
    return ENV_PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  private static String suggestion(String name) {
    String section = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    List<String> same =
        DEFAULTS.keySet().stream().filter(k -> k.startsWith(section + ".")).toList();
    return same.isEmpty()
        ? "; sections are content, site, schedule, storage, http, slack, discord, log, review"
            + " (and [[route]] tables)"
        : "; known keys here: " + String.join(", ", same);
  }

  static Object plain(Object toml) {
    if (toml instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plain(a.get(i)));
      }
      return out;
    }
    return toml;
  }

  private Settings build(Map<String, RawValue> raw, List<Route> routes, List<String> problems) {
    Values v = new Values(raw, problems);
    var dir = v.get("content.dir", Conversions::path);
    var sections = v.get("content.sections", Conversions::list);
    var types = v.get("content.types", Conversions::list);
    var people = v.optional("content.people", Conversions::string);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String field : TalkSchema.FIELDS) {
      List<String> keys = v.get(FIELDS + field, Conversions::list);
      if (keys != null && !DEFAULT_ORIGIN.equals(raw.get(FIELDS + field).origin())) {
        fields.put(field, keys);
      }
    }
    var siteRoot = v.optional("site.root", Conversions::path);
    var baseUrl = v.get("site.base_url", Conversions::apiPrefix);
    var zone = v.get("schedule.timezone", Conversions::zone);
    var reminders = v.get("schedule.reminders", Conversions::durations);
    var allDayTime = v.get("schedule.all_day_time", Conversions::time);
    var grace = v.get("schedule.grace", Conversions::duration);
    var digest = v.optional("schedule.digest", Conversions::weekly);
    var personal = v.get("schedule.personal_reminder", Conversions::duration);
    var jdbcUrl = v.get("storage.jdbc_url", Conversions::jdbcUrl);
    var user = v.get("storage.user", Conversions::string);
    var port = v.get("http.port", Conversions::port);
    var bodyTimeout = v.get("http.body_timeout", Conversions::positiveDuration);
    var perClient = v.get("http.max_connections_per_client", Conversions::count);
    var publicUrl = v.optional("http.public_url", Conversions::publicUrl);
    var slackChannels = v.get("slack.channels", Conversions::list);
    var maintainers = v.get("slack.maintainers", Conversions::list);
    var slackApi = v.get("slack.api_url", Conversions::apiPrefix);
    var slackThreads = v.get("slack.threads", Conversions::bool);
    var discordChannels = v.get("discord.channels", Conversions::list);
    var guilds = v.get("discord.guilds", Conversions::list);
    var roles = v.get("discord.maintainer_roles", Conversions::list);
    var discordApi = v.get("discord.api_url", Conversions::apiPrefix);
    var gateway = v.optional("discord.gateway_url", r -> Conversions.httpUrl(r, true));
    var discordThreads = v.get("discord.threads", Conversions::bool);
    var logFormat = v.get("log.format", Conversions::logFormat);
    var logLevel = v.get("log.level", Conversions::logLevel);
    var reviewZones = v.get("review.zones", Conversions::zones);
    if (!problems.isEmpty()) {
      return null;
    }
    String password = Optional.ofNullable(env.get(Secrets.STORAGE_PASSWORD)).orElse("");
    return new Settings(
        new Settings.Content(
            dir,
            !DEFAULT_ORIGIN.equals(raw.get("content.dir").origin()),
            sections,
            types,
            people,
            fields),
        new Settings.Site(
            baseUrl, !DEFAULT_ORIGIN.equals(raw.get("site.base_url").origin()), siteRoot),
        new Settings.Schedule(
            zone,
            reminders,
            allDayTime,
            grace,
            digest,
            new Routes(routes, slackChannels, discordChannels),
            personal),
        new Settings.Storage(jdbcUrl, user, password),
        new Settings.Http(port, bodyTimeout, perClient, publicUrl),
        new Settings.Slack(slackChannels, maintainers, slackApi, slackThreads),
        new Settings.Discord(discordChannels, guilds, roles, discordApi, gateway, discordThreads),
        new Settings.Log("json".equals(logFormat), logLevel),
        new Settings.Review(reviewZones));
  }

  /** Converts values one by one, turning a failed conversion into a problem naming the key. */
  private record Values(Map<String, RawValue> raw, List<String> problems) {
    <T> T get(String key, Function<Object, T> convert) {
      RawValue r = raw.get(key);
      try {
        return convert.apply(r.value());
      } catch (IllegalArgumentException e) {
        problems.add(r.origin() + ": " + key + ": " + e.getMessage());
        return null;
      }
    }

    /** An optional setting: empty text means "not set". */
    <T> Optional<T> optional(String key, Function<Object, T> convert) {
      Object value = raw.get(key).value();
      if (value instanceof String s && s.isBlank()) {
        return Optional.empty();
      }
      return Optional.ofNullable(get(key, convert));
    }
  }
}
