package webinarbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.Interactions;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * The Discord half of {@code bench/clicks/run.sh}: "Remind me" clicks (component interactions, each
 * by another member) pushed open loop at a constant rate through the stand-in gateway to the bot's
 * real JDA, timed from the moment each click is due to the moment the stand-in REST API receives
 * its interaction callback (the ack Discord wants within 3 s) and its answer (the edit of the
 * deferred reply). In one JVM: the stand-in, JDA and the bot share its CPU.
 *
 * <p>Arguments: {@code RATE WARMUP_SECONDS SECONDS}. Prints one {@code RESULT} line.
 */
public final class DiscordClickBench {
  private DiscordClickBench() {}

  /** The clicks of one run: when each is due, acked and answered, found by interaction token. */
  private static final class Run {
    final Map<String, Integer> byToken = new ConcurrentHashMap<>();
    final AtomicLongArray ackedAt;
    final AtomicLongArray answeredAt;
    final long[] dueAt;

    Run(int clicks) {
      ackedAt = new AtomicLongArray(clicks);
      answeredAt = new AtomicLongArray(clicks);
      dueAt = new long[clicks];
    }

    void saw(RecordedRequest r) {
      long now = System.nanoTime();
      String[] parts = r.path().split("/");
      if (parts.length < 3) {
        return;
      }
      Integer i = byToken.get(parts[2]);
      if (i == null) {
        return;
      }
      if (r.is("POST", "interactions/\\d+/[^/]+/callback")) {
        ackedAt.compareAndSet(i, 0, now);
      } else if (r.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")) {
        answeredAt.compareAndSet(i, 0, now);
      }
    }

    int count(AtomicLongArray a) {
      int n = 0;
      for (int i = 0; i < a.length(); i++) {
        n += a.get(i) == 0 ? 0 : 1;
      }
      return n;
    }

    long[] latencies(AtomicLongArray a) {
      long[] out = new long[count(a)];
      int k = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.get(i) != 0) {
          out[k++] = a.get(i) - dueAt[i];
        }
      }
      Arrays.sort(out);
      return out;
    }
  }

  public static void main(String[] args) throws Exception {
    double rate = Double.parseDouble(args[0]);
    int warmup = (int) Math.round(rate * Double.parseDouble(args[1]));
    int clicks = (int) Math.round(rate * Double.parseDouble(args[2]));
    DiscordFixture fixture = new DiscordFixture();
    fixture.beforeAll(null);
    Webinar talk =
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(30)));
    fixture.catalogue(talk);
    fixture
        .module()
        .notifier()
        .send(
            new Target("discord", DiscordWorld.ANNOUNCEMENTS),
            new Post.About(PostKind.ANNOUNCEMENT, talk),
            "bench-announcement");
    List<ObjectNode> messages = fixture.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS);
    ObjectNode posted = messages.get(messages.size() - 1);
    String customId = remindButton(posted);

    run(fixture, posted, customId, rate, warmup, 1_600_000_000_000_000_000L);
    int before = fixture.subscriptions().count(talk.id());
    Run measured = run(fixture, posted, customId, rate, clicks, 1_700_000_000_000_000_000L);
    int subscribed = fixture.subscriptions().count(talk.id()) - before;

    long[] ack = measured.latencies(measured.ackedAt);
    long overBudget = Arrays.stream(ack).filter(l -> l > TimeUnit.SECONDS.toNanos(3)).count();
    long sending = measured.dueAt[clicks - 1] - measured.dueAt[0];
    System.out.println(
        "RESULT discord clicks="
            + clicks
            + String.format(Locale.ROOT, " rate=%.1f", (clicks - 1) / (sending / 1e9))
            + " acked="
            + ack.length
            + " over_3s="
            + (overBudget + clicks - ack.length)
            + ClickLoad.percentiles("ack", ack)
            + " answered="
            + measured.count(measured.answeredAt)
            + ClickLoad.percentiles("answer", measured.latencies(measured.answeredAt))
            + " subscribed="
            + subscribed);
    fixture.afterAll(null);
    System.exit(0);
  }

  /** Clicks {@code clicks} times, member {@code firstUser + i} each, and waits for the answers. */
  private static Run run(
      DiscordFixture fixture,
      ObjectNode posted,
      String customId,
      double rate,
      int clicks,
      long firstUser) {
    Run run = new Run(clicks);
    fixture.discord().onRequest(run::saw);
    long period = Math.round(1e9 / rate);
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < clicks; i++) {
      long due = start + i * period;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      run.dueAt[i] = due;
      // Made when due: JDA drops interactions whose id (a time stamp) is too old.
      ObjectNode click =
          Interactions.button(customId, posted, Interactions.member(Long.toString(firstUser + i)));
      run.byToken.put(click.get("token").asText(), i);
      fixture.discord().interact(click);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (run.count(run.answeredAt) < clicks && System.nanoTime() < deadline) {
      LockSupport.parkNanos(20_000_000L);
    }
    return run;
  }

  private static String remindButton(ObjectNode message) {
    for (JsonNode row : message.path("components")) {
      for (JsonNode b : row.path("components")) {
        if (b.path("custom_id").asText().startsWith("remind-me:")) {
          return b.path("custom_id").asText();
        }
      }
    }
    throw new IllegalStateException("no Remind me button in " + message);
  }
}
