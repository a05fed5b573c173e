package webinarbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.Routes;

/** Validated configuration: {@code webinar-bot.toml} plus the environment. */
public record Settings(
    Content content,
    Site site,
    Schedule schedule,
    Storage storage,
    Http http,
    Slack slack,
    Discord discord,
    Log log,
    Review review) {

  /** Settings with {@code review} at its defaults. */
  public Settings(
      Content content,
      Site site,
      Schedule schedule,
      Storage storage,
      Http http,
      Slack slack,
      Discord discord,
      Log log) {
    this(content, site, schedule, storage, http, slack, discord, log, Review.DEFAULTS);
  }

  /** The same settings reading {@code c}. */
  public Settings withContent(Content c) {
    return new Settings(c, site, schedule, storage, http, slack, discord, log, review);
  }

  /**
   * The same settings with every channel a route names added to {@code slack.channels} and {@code
   * discord.channels}: what the platforms must be able to post to.
   */
  public Settings withRouteChannels() {
    Slack s =
        new Slack(
            withRoutes(slack.channels(), "slack"),
            slack.maintainers(),
            slack.apiUrl(),
            slack.threads());
    Discord d =
        new Discord(
            withRoutes(discord.channels(), "discord"),
            discord.guilds(),
            discord.maintainerRoles(),
            discord.apiUrl(),
            discord.gatewayUrl(),
            discord.threads());
    return new Settings(content, site, schedule, storage, http, s, d, log, review);
  }

  private List<String> withRoutes(List<String> channels, String platform) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(channels);
    all.addAll(schedule.routes().channels(platform));
    return List.copyOf(all);
  }

  /** The same settings with {@code s} as the site. */
  public Settings withSite(Site s) {
    return new Settings(content, s, schedule, storage, http, slack, discord, log, review);
  }

  /**
   * Where the talk pages are and how to read them.
   *
   * @param dirGiven false when {@code dir} is only the default, so a {@code site.root}'s own
   *     content folder is used instead
   * @param sections {@code content.sections}: folders whose pages are talks, empty for all
   * @param types {@code content.types}: page types that are talks
   * @param people {@code content.people}: a section of person pages, if any
   * @param fields {@code [content.fields]}: the front matter keys of each talk field
   */
  public record Content(
      Path dir,
      boolean dirGiven,
      List<String> sections,
      List<String> types,
      Optional<String> people,
      Map<String, List<String>> fields) {
    public Content {
      sections = List.copyOf(sections);
      types = List.copyOf(types);
      fields = Map.copyOf(fields);
    }

    /** A folder of pages read with the defaults. */
    public Content(Path dir) {
      this(dir, true, List.of(), List.of("webinar"), Optional.empty(), Map.of());
    }

    /** The same settings reading {@code d} ({@code --content}). */
    public Content withDir(Path d) {
      return new Content(d, true, sections, types, people, fields);
    }
  }

  /**
   * @param baseUrl what relative URLs and page permalinks resolve against
   * @param baseUrlGiven false when {@code baseUrl} is only the default, so the site's {@code
   *     baseURL} is used when it has one
   * @param root {@code site.root}: the Hugo site folder, if set
   */
  public record Site(URI baseUrl, boolean baseUrlGiven, Optional<Path> root) {
    public Site(URI baseUrl) {
      this(baseUrl, true, Optional.empty());
    }
  }

  /**
   * @param timezone for all-day entries, times without a zone, digests
   * @param reminders lead times before a start, longest first
   * @param allDayTime when all-day entries get their reminders
   * @param grace how late a reminder missed during downtime may still go out
   * @param digest when the weekly digest goes out, if at all
   * @param routes the {@code [[route]]} tables, in file order, with the top-level channels as the
   *     default route: which talks go to which channels, with which reminders
   * @param personalReminder how long before the start a "Remind me" direct message goes out
   */
  public record Schedule(
      ZoneId timezone,
      List<Duration> reminders,
      LocalTime allDayTime,
      Duration grace,
      Optional<WeeklyTime> digest,
      Routes routes,
      Duration personalReminder) {
    /** {@code schedule.personal_reminder} when not set. */
    public static final Duration DEFAULT_PERSONAL_REMINDER = Duration.ofMinutes(15);

    /** {@code schedule.reminders} when not set: a week, a day and an hour before, and at start. */
    public static final List<Duration> DEFAULT_REMINDERS =
        List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1), Duration.ZERO);

    public Schedule {
      reminders = List.copyOf(reminders);
      java.util.Objects.requireNonNull(routes, "routes");
      java.util.Objects.requireNonNull(personalReminder, "personalReminder");
    }

    /**
     * Without routes (every talk goes to the top-level channels), personal reminders by default.
     */
    public Schedule(
        ZoneId timezone,
        List<Duration> reminders,
        LocalTime allDayTime,
        Duration grace,
        Optional<WeeklyTime> digest) {
      this(timezone, reminders, allDayTime, grace, digest, Routes.NONE);
    }

    /** With routes, personal reminders at their default lead. */
    public Schedule(
        ZoneId timezone,
        List<Duration> reminders,
        LocalTime allDayTime,
        Duration grace,
        Optional<WeeklyTime> digest,
        Routes routes) {
      this(timezone, reminders, allDayTime, grace, digest, routes, DEFAULT_PERSONAL_REMINDER);
    }

    /** Without routes, with personal reminders {@code personalReminder} before the start. */
    public Schedule(
        ZoneId timezone,
        List<Duration> reminders,
        LocalTime allDayTime,
        Duration grace,
        Optional<WeeklyTime> digest,
        Duration personalReminder) {
      this(timezone, reminders, allDayTime, grace, digest, Routes.NONE, personalReminder);
    }

    /** The same schedule with {@code r} as its routes. */
    public Schedule withRoutes(Routes r) {
      return new Schedule(timezone, reminders, allDayTime, grace, digest, r, personalReminder);
    }
  }

  /** A day of the week and a time, as in {@code "MON 09:00"}. */
  public record WeeklyTime(DayOfWeek day, LocalTime time) {}

  /**
   * @param jdbcUrl H2 file by default, PostgreSQL for production
   */
  public record Storage(String jdbcUrl, String user, String password) {
    public boolean isPostgres() {
      return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
      return "Storage[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
  }

  /**
   * @param bodyTimeout how long a request body may take to arrive ({@code http.body_timeout})
   * @param maxConnectionsPerClient connections one remote address may hold open, 0 for no limit
   *     ({@code http.max_connections_per_client})
   * @param publicUrl where this server is reached from outside, ending in "/" ({@code
   *     http.public_url}): posts link each talk's {@code .ics} under it; empty when not set
   */
  public record Http(
      int port, Duration bodyTimeout, int maxConnectionsPerClient, Optional<URI> publicUrl) {}

  /**
   * @param maintainers user ids ({@code U…}, {@code W…}) and user-group ids ({@code S…})
   * @param apiUrl Web API prefix, ending in {@code /}
   * @param threads {@code slack.threads}: later posts about a talk reply in its first post's thread
   */
  public record Slack(
      List<String> channels, List<String> maintainers, URI apiUrl, boolean threads) {
    public Slack {
      channels = List.copyOf(channels);
      maintainers = List.copyOf(maintainers);
    }

    /** Without threads: every post at channel level. */
    public Slack(List<String> channels, List<String> maintainers, URI apiUrl) {
      this(channels, maintainers, apiUrl, false);
    }
  }

  /**
   * @param apiUrl REST base, ending in {@code /}
   * @param gatewayUrl the websocket gateway; empty to ask Discord for it
   * @param threads {@code discord.threads}: later posts about a talk go to a thread started from
   *     its first post
   */
  public record Discord(
      List<String> channels,
      List<String> guilds,
      List<String> maintainerRoles,
      URI apiUrl,
      Optional<URI> gatewayUrl,
      boolean threads) {
    public Discord {
      channels = List.copyOf(channels);
      guilds = List.copyOf(guilds);
      maintainerRoles = List.copyOf(maintainerRoles);
    }

    /** Without threads: every post at channel level. */
    public Discord(
        List<String> channels,
        List<String> guilds,
        List<String> maintainerRoles,
        URI apiUrl,
        Optional<URI> gatewayUrl) {
      this(channels, guilds, maintainerRoles, apiUrl, gatewayUrl, false);
    }
  }

  /**
   * @param json one JSON object per line instead of text
   */
  public record Log(boolean json, String level) {}

  /**
   * @param zones {@code review.zones}: the time zones {@code review} shows each planned post in,
   *     beside UTC
   */
  public record Review(List<ZoneId> zones) {
    public static final Review DEFAULTS =
        new Review(List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/Berlin")));

    public Review {
      zones = List.copyOf(zones);
    }
  }
}
