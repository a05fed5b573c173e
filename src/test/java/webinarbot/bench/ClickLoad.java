package webinarbot.bench;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import webinarbot.testing.slack.SlackSender;

/**
 * The client side of {@code bench/clicks/run.sh}: signed "Remind me" clicks ({@code block_actions},
 * each by a different user) sent open loop at a constant rate, as wrk2 would: click {@code i} is
 * due at {@code start + i / rate} whatever happened to the others, and its latency is counted from
 * that moment, so a stalled server shows up in the numbers instead of slowing the generator down
 * (no coordinated omission). Every latency is kept, so the percentiles are exact.
 *
 * <p>The clicks' {@code response_url} points at a small server in this process, which notes when
 * each clicker's private answer ("I'll message you…") arrives.
 *
 * <p>Arguments: {@code NAME URL SECRET TIMESTAMP RATE SECONDS USER_PREFIX WEBINAR [answers]};
 * TIMESTAMP {@code now} signs with the current time; {@code answers} waits for every clicker's
 * answer and reports its latency too. Prints one {@code RESULT} line.
 */
public final class ClickLoad {
  private static final Duration ACK_BUDGET = Duration.ofSeconds(3);

  private ClickLoad() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    URI url = URI.create(args[1]);
    String secret = args[2];
    String ts = args[3].equals("now") ? Long.toString(System.currentTimeMillis() / 1000) : args[3];
    double rate = Double.parseDouble(args[4]);
    int clicks = (int) Math.round(rate * Double.parseDouble(args[5]));
    String prefix = args[6];
    String webinar = args[7];
    boolean expectAnswers = args.length > 8 && args[8].equals("answers");

    AtomicLongArray answeredAt = new AtomicLongArray(clicks);
    AtomicInteger answers = new AtomicInteger();
    HttpServer answersServer =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    answersServer.createContext(
        "/respond/",
        exchange -> {
          long now = System.nanoTime();
          String path = exchange.getRequestURI().getPath();
          int i = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
          exchange.getRequestBody().readAllBytes();
          answeredAt.compareAndSet(i, 0, now);
          answers.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    ExecutorService answerThreads = Executors.newFixedThreadPool(2);
    answersServer.setExecutor(answerThreads);
    answersServer.start();
    URI responseBase =
        URI.create("http://127.0.0.1:" + answersServer.getAddress().getPort() + "/respond/");

    // Signed in advance, so the generator's own work at send time is a lookup.
    HttpRequest[] requests = new HttpRequest[clicks];
    SlackSignature.Generator signer = new SlackSignature.Generator(secret);
    for (int i = 0; i < clicks; i++) {
      String body =
          SlackSender.blockAction(
              String.format(Locale.ROOT, "%s%07d", prefix, i),
              "remind-me",
              webinar,
              "C0BENCH",
              responseBase.resolve(Integer.toString(i)));
      requests[i] =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
              .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(ts, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
    }

    ExecutorService clientThreads = Executors.newFixedThreadPool(2);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long[] ackAt = new long[clicks];
    int[] status = new int[clicks];
    CompletableFuture<?>[] inFlight = new CompletableFuture<?>[clicks];
    long period = Math.round(1e9 / rate);
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < clicks; i++) {
      long due = start + i * period;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      int k = i;
      inFlight[i] =
          http.sendAsync(requests[i], HttpResponse.BodyHandlers.ofString())
              .handle(
                  (r, e) -> {
                    ackAt[k] = System.nanoTime();
                    status[k] = e == null ? r.statusCode() : -1;
                    return null;
                  });
    }
    long sendingTook = System.nanoTime() - start;
    CompletableFuture.allOf(inFlight).get(60, TimeUnit.SECONDS);
    long answerDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (expectAnswers && answers.get() < clicks && System.nanoTime() < answerDeadline) {
      LockSupport.parkNanos(10_000_000L);
    }

    long[] ack = new long[clicks];
    long[] answer = new long[clicks];
    int ok = 0;
    int answered = 0;
    int overBudget = 0;
    for (int i = 0; i < clicks; i++) {
      long due = start + i * period;
      ack[i] = ackAt[i] - due;
      ok += status[i] == 200 ? 1 : 0;
      overBudget += ack[i] > ACK_BUDGET.toNanos() ? 1 : 0;
      long a = answeredAt.get(i);
      answer[answered] = a - due;
      answered += a == 0 ? 0 : 1;
    }
    Arrays.sort(ack);
    long[] answerSorted = Arrays.copyOf(answer, answered);
    Arrays.sort(answerSorted);
    StringBuilder line =
        new StringBuilder("RESULT ")
            .append(name)
            .append(" clicks=")
            .append(clicks)
            .append(String.format(Locale.ROOT, " rate=%.1f", clicks / (sendingTook / 1e9)))
            .append(" ok=")
            .append(ok)
            .append(" over_3s=")
            .append(overBudget)
            .append(percentiles("ack", ack));
    if (expectAnswers) {
      line.append(" answered=").append(answered).append(" answer_posts=").append(answers.get());
      line.append(percentiles("answer", answerSorted));
    }
    System.out.println(line);
    answersServer.stop(0);
    answerThreads.shutdownNow();
    clientThreads.shutdownNow();
  }

  static String percentiles(String what, long[] sortedNanos) {
    if (sortedNanos.length == 0) {
      return " " + what + "_none";
    }
    return String.format(
        Locale.ROOT,
        " %1$s_p50_ms=%2$.2f %1$s_p99_ms=%3$.2f %1$s_p999_ms=%4$.2f %1$s_max_ms=%5$.2f",
        what,
        at(sortedNanos, 0.50),
        at(sortedNanos, 0.99),
        at(sortedNanos, 0.999),
        sortedNanos[sortedNanos.length - 1] / 1e6);
  }

  /** The value below which a fraction {@code q} of the sorted latencies fall, in ms. */
  private static double at(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
