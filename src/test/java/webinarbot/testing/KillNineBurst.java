package webinarbot.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webinarbot.config.Settings;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * The adversarial run of issue 10, item 1: {@code serve} as a real process posting a burst of
 * "starting now" reminders to a stand-in Slack (and Discord), killed with SIGKILL part-way through
 * and started again, then every post counted: each reminder must be there exactly once. The
 * stand-ins keep what was posted and list it back ({@code conversations.history}, channel
 * messages), as the platforms do, so the bot can look a post up after the crash.
 */
public final class KillNineBurst {
  private static final Pattern TITLE = Pattern.compile("Burst (\\d{3})");
  private static final String SLACK_CHANNEL = "C0BURST";

  /**
   * @param reminders how many talks, each with one "starting now" reminder
   * @param spacing between two reminders' times
   * @param killAt fractions of the posts after which the bot is killed, e.g. 0.3 and 0.7
   * @param restartAfter how long the bot stays dead (zero: start again at once)
   * @param lead from now to the first reminder: time for the first start
   */
  public record Options(
      int reminders,
      Duration spacing,
      List<Double> killAt,
      Duration restartAfter,
      Duration lead,
      boolean discord) {}

  /** What one platform got: every reminder should be posted once, none twice, none lost. */
  /**
   * @param sends the post requests the platform received: more than {@code posts} when the bot sent
   *     one again and the platform dropped it (Discord keeps a nonce for a few minutes)
   */
  public record Counts(
      int expected, int posts, int twice, int lost, int sends, List<String> duplicated) {
    @Override
    public String toString() {
      return "posts "
          + posts
          + ", twice "
          + twice
          + ", lost "
          + lost
          + " of "
          + expected
          + " ("
          + sends
          + " send requests)";
    }
  }

  /** Something done to the running bot once a fraction of the posts arrived. */
  public record Fault(double at, Action action) {}

  /** What a fault does; it may block (a full disk held for a while). */
  @FunctionalInterface
  public interface Action {
    void apply(ServeProcess serve) throws Exception;
  }

  /** The counts per platform, and how often the restarted bot found a post it had made. */
  public record Result(Map<String, Counts> platforms, int lookups, int recorded, String log) {}

  private KillNineBurst() {}

  public static Result run(Path temp, Settings.Storage storage, Options o) throws Exception {
    List<Fault> kills = new ArrayList<>();
    for (double at : o.killAt()) {
      kills.add(
          new Fault(
              at,
              serve -> {
                serve.kill9();
                if (!o.restartAfter().isZero()) {
                  LockSupport.parkNanos(o.restartAfter().toNanos());
                }
                serve.start().awaitServing(Duration.ofSeconds(90));
              }));
    }
    return run(temp, storage, o, kills);
  }

  /** The burst with other faults than {@link Options#killAt}'s. */
  public static Result run(Path temp, Settings.Storage storage, Options o, List<Fault> faults)
      throws Exception {
    try (SlackApiStandIn slack = new SlackApiStandIn();
        StandInDiscord discord = o.discord() ? new StandInDiscord() : null) {
      PageFolder pages = new PageFolder(temp);
      Instant first = Instant.now(Clock.systemUTC()).plus(o.lead()).truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < o.reminders(); i++) {
        Instant at = first.plus(o.spacing().multipliedBy(i));
        pages.write(
            String.format("burst-%03d.md", i),
            String.format(
                "+++\ntitle = \"Burst %03d\"\ndate = %s\ntype = \"webinar\"\n+++\nA burst.\n",
                i, at));
      }
      Instant last = first.plus(o.spacing().multipliedBy(o.reminders() - 1L));
      Map<String, Supplier<Map<Integer, Integer>>> counters = new LinkedHashMap<>();
      Map<String, Supplier<Integer>> sends = new LinkedHashMap<>();
      counters.put("slack", () -> countSlack(slack));
      sends.put("slack", () -> slack.calls("chat.postMessage").size());
      try (ServeProcess serve =
          new ServeProcess(
              temp.resolve("serve.log"), List.of("--content", pages.root().toString(), "serve"))) {
        serve.env(environment(storage, slack, discord));
        if (discord != null) {
          counters.put("discord", () -> countDiscord(discord));
          sends.put("discord", () -> discord.requests("POST", "channels/\\d+/messages").size());
        }
        serve.start().awaitServing(Duration.ofSeconds(90));
        for (Fault fault : faults) {
          int posts = (int) Math.ceil(fault.at() * o.reminders());
          await()
              .atMost(Duration.between(Instant.now(Clock.systemUTC()), last).plusSeconds(90))
              .pollInterval(Duration.ofMillis(5))
              .until(() -> counters.get("slack").get().size() >= posts);
          fault.action().apply(serve);
        }
        awaitAll(counters, o.reminders(), last.plusSeconds(60));
        serve.stop();
        Map<String, Counts> out = new LinkedHashMap<>();
        counters.forEach(
            (platform, counter) ->
                out.put(platform, counts(o.reminders(), counter.get(), sends.get(platform).get())));
        String log = serve.log();
        return new Result(
            out,
            slack.calls("conversations.history").size(),
            occurrences(log, "was posted before an interruption; recorded, not repeated"),
            log);
      }
    }
  }

  private static Map<String, String> environment(
      Settings.Storage storage, SlackApiStandIn slack, StandInDiscord discord) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl());
    env.put("WEBINARBOT_STORAGE_USER", storage.user());
    env.put("WEBINARBOT_HTTP_PORT", "0");
    env.put("WEBINARBOT_SCHEDULE_REMINDERS", "0m");
    env.put("SLACK_BOT_TOKEN", "xoxb-stand-in");
    env.put("SLACK_SIGNING_SECRET", "stand-in-signing-secret");
    env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
    env.put("WEBINARBOT_SLACK_CHANNELS", SLACK_CHANNEL);
    if (discord != null) {
      env.put("DISCORD_TOKEN", "stand-in-token");
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
    }
    return env;
  }

  /** Waits until every platform has every reminder, or until {@code giveUp}. */
  private static void awaitAll(
      Map<String, Supplier<Map<Integer, Integer>>> counters, int expected, Instant giveUp) {
    Duration left = Duration.between(Instant.now(Clock.systemUTC()), giveUp);
    try {
      await()
          .atMost(left.isNegative() ? Duration.ofSeconds(1) : left)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> counters.values().stream().allMatch(c -> c.get().size() >= expected));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      // Some are lost: the counts say which.
    }
  }

  private static Map<Integer, Integer> countSlack(SlackApiStandIn slack) {
    Map<Integer, Integer> n = new TreeMap<>();
    for (SlackApiStandIn.Posted m : slack.messages(SLACK_CHANNEL)) {
      count(m.text(), n);
    }
    return n;
  }

  private static Map<Integer, Integer> countDiscord(StandInDiscord discord) {
    Map<Integer, Integer> n = new TreeMap<>();
    for (JsonNode m : discord.messagesIn(DiscordWorld.ANNOUNCEMENTS)) {
      String title = m.path("embeds").path(0).path("title").asText("");
      count(title.isEmpty() ? m.path("content").asText("") : title, n);
    }
    return n;
  }

  private static void count(String text, Map<Integer, Integer> n) {
    Matcher m = TITLE.matcher(text == null ? "" : text);
    if (m.find()) {
      n.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
  }

  private static Counts counts(int expected, Map<Integer, Integer> seen, int sends) {
    List<String> duplicated = new ArrayList<>();
    seen.forEach(
        (i, times) -> {
          if (times > 1) {
            duplicated.add(String.format("Burst %03d x%d", i, times));
          }
        });
    int posts = seen.values().stream().mapToInt(Integer::intValue).sum();
    return new Counts(
        expected, posts, duplicated.size(), expected - seen.size(), sends, duplicated);
  }

  private static int occurrences(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }
}
