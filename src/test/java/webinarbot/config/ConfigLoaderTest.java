package webinarbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path temp;

  private Path file(String toml) throws IOException {
    return Files.writeString(temp.resolve("webinar-bot.toml"), toml);
  }

  @Test
  void withoutFileOrEnvironmentTheDefaultsApply() throws Exception {
    Settings s = new ConfigLoader(Map.of()).load(Optional.of(file("")));

    assertThat(s.content().dir()).isEqualTo(Path.of("content"));
    assertThat(s.schedule().reminders())
        .containsExactly(
            Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1), Duration.ZERO);
    assertThat(s.schedule().allDayTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(s.schedule().grace()).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.schedule().digest()).isEmpty();
    assertThat(s.storage().jdbcUrl()).isEqualTo("jdbc:h2:file:./data/webinar-bot");
    assertThat(s.http().port()).isEqualTo(8080);
    assertThat(s.http().bodyTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.http().maxConnectionsPerClient()).isEqualTo(64);
    assertThat(s.slack().apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(s.discord().gatewayUrl()).isEmpty();
  }

  @Test
  void theHttpLimitsCanBeSetAndABadOneIsNamed() throws Exception {
    Path f = file("[http]\nbody_timeout = \"3s\"\nmax_connections_per_client = 0\n");

    Settings s = new ConfigLoader(Map.of()).load(Optional.of(f));

    assertThat(s.http().bodyTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.http().maxConnectionsPerClient()).isZero();
    assertThatThrownBy(
            () ->
                new ConfigLoader(
                        Map.of(
                            "WEBINARBOT_HTTP_BODY_TIMEOUT", "0s",
                            "WEBINARBOT_HTTP_MAX_CONNECTIONS_PER_CLIENT", "-1"))
                    .load(Optional.of(f)))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "WEBINARBOT_HTTP_BODY_TIMEOUT: http.body_timeout: must be longer than 0s",
                        "WEBINARBOT_HTTP_MAX_CONNECTIONS_PER_CLIENT:"
                            + " http.max_connections_per_client: -1 is negative"));
  }

  @Test
  void theSiteAndTalkSchemaKeysAreReadFromTheFileAndTheEnvironment() throws Exception {
    Path f =
        file(
            """
            [site]
            root = "../devopsdays-web"
            [content]
            sections = ["events"]
            types = ["talk"]
            people = "events/*/speakers"
            [content.fields]
            date = ["talk_date"]
            start_time = ["talk_start_time"]
            """);

    Settings s =
        new ConfigLoader(Map.of("WEBINARBOT_CONTENT_FIELDS_VIDEO", "youtube,vimeo"))
            .load(Optional.of(f));

    assertThat(s.site().root()).contains(Path.of("../devopsdays-web"));
    assertThat(s.site().baseUrlGiven()).isFalse();
    assertThat(s.content().dirGiven()).isFalse();
    assertThat(s.content().sections()).containsExactly("events");
    assertThat(s.content().types()).containsExactly("talk");
    assertThat(s.content().people()).contains("events/*/speakers");
    assertThat(s.content().fields())
        .containsOnly(
            Map.entry("date", List.of("talk_date")),
            Map.entry("start_time", List.of("talk_start_time")),
            Map.entry("video", List.of("youtube", "vimeo")));
  }

  @Test
  void anUnknownTalkFieldNamesTheFieldsThereAre() throws Exception {
    Path f = file("[content.fields]\nvideos = [\"yt\"]\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(f)))
        .hasMessageContaining("content.fields.videos: unknown field; fields are title, date, end,");
  }

  @Test
  void theFileSetsEverySection() throws Exception {
    Path f =
        file(
            """
            [content]
            dir = "site/content"
            [site]
            base_url = "https://fd.io"
            [schedule]
            timezone = "Europe/Brussels"
            reminders = ["1d", "2h"]
            all_day_time = "08:30"
            grace = "15m"
            digest = "MON 09:00"
            [storage]
            jdbc_url = "jdbc:postgresql://db/bot"
            [http]
            port = 9000
            [slack]
            channels = ["C1", "C2"]
            maintainers = ["U1", "S2"]
            api_url = "http://127.0.0.1:9999/api"
            [discord]
            channels = ["111"]
            guilds = ["222"]
            maintainer_roles = ["333"]
            gateway_url = "ws://127.0.0.1:9998"
            """);

    Settings s = new ConfigLoader(Map.of()).load(Optional.of(f));

    assertThat(s.site().baseUrl()).isEqualTo(URI.create("https://fd.io/"));
    assertThat(s.schedule().timezone()).isEqualTo(ZoneId.of("Europe/Brussels"));
    assertThat(s.schedule().reminders()).containsExactly(Duration.ofDays(1), Duration.ofHours(2));
    assertThat(s.schedule().digest())
        .contains(new Settings.WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    assertThat(s.storage().isPostgres()).isTrue();
    assertThat(s.http().port()).isEqualTo(9000);
    assertThat(s.slack().channels()).containsExactly("C1", "C2");
    assertThat(s.slack().apiUrl()).hasToString("http://127.0.0.1:9999/api/");
    assertThat(s.discord().maintainerRoles()).containsExactly("333");
    assertThat(s.discord().gatewayUrl()).contains(URI.create("ws://127.0.0.1:9998"));
  }

  @Test
  void theEnvironmentOverridesTheFileAndSplitsListsOnCommas() throws Exception {
    Path f = file("[http]\nport = 9000\n[slack]\nchannels = [\"C1\"]\n");
    Map<String, String> env =
        Map.of(
            "WEBINARBOT_HTTP_PORT", "9100",
            "WEBINARBOT_SLACK_CHANNELS", "C7, C8",
            "WEBINARBOT_SCHEDULE_ALL_DAY_TIME", "10:00",
            "WEBINARBOT_DISCORD_MAINTAINER_ROLES", "1,2");

    Settings s = new ConfigLoader(env).load(Optional.of(f));

    assertThat(s.http().port()).isEqualTo(9100);
    assertThat(s.slack().channels()).containsExactly("C7", "C8");
    assertThat(s.schedule().allDayTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(s.discord().maintainerRoles()).containsExactly("1", "2");
  }

  @Test
  void anEmptyVariableIsUnsetAndNeverWipesOutTheFilesValue() throws Exception {
    Path f = file("[slack]\nchannels = [\"C111\"]\n[log]\nformat = \"json\"\n");
    Map<String, String> envFile =
        Map.of(
            "WEBINARBOT_SLACK_CHANNELS", "",
            "WEBINARBOT_LOG_FORMAT", " ",
            "WEBINARBOT_SITE_BASE_URL", "");

    ConfigLoader.Loaded loaded = new ConfigLoader(envFile).read(Optional.of(f));

    assertThat(loaded.settings().slack().channels()).containsExactly("C111");
    assertThat(loaded.settings().log().json()).isTrue();
    assertThat(loaded.sources())
        .filteredOn(s -> s.key().equals("slack.channels"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.value()).isEqualTo(List.of("C111"));
              assertThat(s.source()).isEqualTo("file");
              assertThat(s.origin()).isEqualTo(f + ":2");
            });
    assertThat(loaded.sources())
        .filteredOn(s -> s.key().equals("site.base_url"))
        .singleElement()
        .satisfies(s -> assertThat(s.source()).isEqualTo("default"));
  }

  @Test
  void everySettingSaysWhereItCameFrom() throws Exception {
    Path f = file("[http]\nport = 9000\n");

    ConfigLoader.Loaded loaded =
        new ConfigLoader(Map.of("WEBINARBOT_DISCORD_CHANNELS", "1, 2")).read(Optional.of(f));

    assertThat(loaded.sources())
        .extracting(ConfigLoader.Setting::key)
        .isEqualTo(ConfigLoader.keys());
    assertThat(loaded.sources())
        .filteredOn(s -> !s.source().equals("default"))
        .extracting(s -> s.key() + "=" + s.value() + " " + s.source() + " " + s.origin())
        .containsExactly(
            "http.port=9000 file " + f + ":2",
            "discord.channels=[1, 2] environment WEBINARBOT_DISCORD_CHANNELS");
  }

  @Test
  void everyBadValueIsReportedWithItsKeyAndWhereItCameFrom() throws Exception {
    Path f =
        file(
            """
            [schedule]
            timezone = "Mars/Base"
            reminders = ["7d", "soon"]
            [http]
            port = 70000
            [slack]
            chanels = ["C1"]
            """);

    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("WEBINARBOT_SCHEDULE_GRACE", "a while"))
                    .load(Optional.of(f)))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        f
                            + ":7: slack.chanels: unknown key; known keys here: slack.channels, slack.maintainers, slack.api_url,"
                            + " slack.threads"));
  }

  @Test
  void valuesAreCheckedOnceTheKeysAreKnown() throws Exception {
    Path f =
        file(
            """
            [schedule]
            timezone = "Mars/Base"
            reminders = ["7d", "soon"]
            [http]
            port = 70000
            """);

    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("WEBINARBOT_SCHEDULE_GRACE", "a while"))
                    .load(Optional.of(f)))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        f
                            + ":2: schedule.timezone: \"Mars/Base\" is not an IANA time zone such as \"Europe/Brussels\"",
                        f + ":3: schedule.reminders: \"soon\" is not a duration such as 30m or 1d",
                        "WEBINARBOT_SCHEDULE_GRACE: schedule.grace: \"a while\" is not a duration such as 30m or 1d",
                        f + ":5: http.port: 70000 is not a port number (0-65535)"));
  }

  @Test
  void givenAPublicUrlWithOrWithoutItsFinalSlash_whenLoaded_thenItEndsInASlash() throws Exception {
    Path with = file("[http]\npublic_url = \"https://bot.fd.io/hooks/\"\n");
    Path without = file("[http]\npublic_url = \"https://bot.fd.io/hooks\"\n");

    assertThat(new ConfigLoader(Map.of()).load(Optional.of(with)).http().publicUrl())
        .contains(URI.create("https://bot.fd.io/hooks/"));
    assertThat(new ConfigLoader(Map.of()).load(Optional.of(without)).http().publicUrl())
        .contains(URI.create("https://bot.fd.io/hooks/"));
    assertThat(new ConfigLoader(Map.of()).load(Optional.empty()).http().publicUrl()).isEmpty();
  }

  @Test
  void givenAPublicUrlThatIsNotAnAbsoluteWebUrl_whenLoaded_thenTheErrorNamesTheKey()
      throws Exception {
    for (String bad :
        List.of("bot.fd.io", "ftp://bot.fd.io/", "/webinars", "https://bot.fd.io/?a=b")) {
      Path f = file("[http]\npublic_url = \"" + bad + "\"\n");

      assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(f)))
          .isInstanceOfSatisfying(
              ConfigException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement(InstanceOfAssertFactories.STRING)
                      .startsWith(f + ":2: http.public_url: \"" + bad + "\""));
    }
  }

  @Test
  void anUnknownVariableIsAnError() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("WEBINARBOT_SLACK_CHANEL", "C1")).load(Optional.empty()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("WEBINARBOT_SLACK_CHANEL: unknown setting");
  }

  @Test
  void aMissingConfigFileIsAnErrorOnlyWhenAskedFor() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of()).load(Optional.of(temp.resolve("nope.toml"))))
        .hasMessageEndingWith("nope.toml: configuration file not found");
  }

  @Test
  void invalidTomlNamesTheLine() throws Exception {
    Path f = file("[http]\nport = = 1\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(f)))
        .hasMessageStartingWith(f + ":2:");
  }

  @Test
  void secretsComeOnlyFromTheEnvironmentAndAreNeverPrinted() {
    Secrets s = new Secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "DISCORD_TOKEN", " "));

    assertThat(s.slackBotToken()).contains("xoxb-secret");
    assertThat(s.discordToken()).isEmpty();
    assertThat(s.toString()).doesNotContain("xoxb-secret");
    assertThat(ConfigLoader.keys()).noneMatch(k -> k.contains("token") || k.contains("secret"));
    assertThat(List.of(ConfigLoader.variableFor("schedule.all_day_time")))
        .containsExactly("WEBINARBOT_SCHEDULE_ALL_DAY_TIME");
  }
}
