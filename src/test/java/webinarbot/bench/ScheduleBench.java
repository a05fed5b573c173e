package webinarbot.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import webinarbot.config.Settings;
import webinarbot.content.ContentReloader;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.RetryPolicy;
import webinarbot.delivery.Sleeper;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Series;
import webinarbot.domain.Webinar;
import webinarbot.schedule.ContentFeed;
import webinarbot.schedule.KnownWebinars;
import webinarbot.schedule.ReminderScheduler;
import webinarbot.storage.Database;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * The schedule's budgets (docs/architecture.md), on an H2 file database as the bot uses by default:
 *
 * <ul>
 *   <li>{@code plan}: 10,000 webinars (40,000 triggers) planned and written to Quartz, ≤ 5 s;
 *   <li>{@code edit}: one edited page of 10,000 rescheduled ≤ 50 ms after the file event;
 *   <li>{@code lateness}: p99 ≤ 2 s with 1,000 reminders due in one minute;
 *   <li>{@code series}: 10,000 talks of which 200 are weekly series over a year, planned ≤ 5 s.
 * </ul>
 *
 * <p>Usage: {@code ScheduleBench plan|edit|lateness WORK_DIR}. Prints RESULT lines.
 */
public final class ScheduleBench {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final Settings.Schedule SCHEDULE = TestSettings.schedule();

  private ScheduleBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    switch (args[0]) {
      case "plan" -> plan(work, args.length > 2 ? Integer.parseInt(args[2]) : 3);
      case "edit" -> edit(work, args.length > 2 ? Integer.parseInt(args[2]) : 30);
      case "lateness" -> lateness(work);
      case "series" -> series(work, args.length > 2 ? Integer.parseInt(args[2]) : 3);
      default -> throw new IllegalArgumentException("plan, edit, lateness or series");
    }
    System.exit(0);
  }

  /** A notifier that posts nowhere. */
  static final class Sink extends ScheduleBenchSink {
    Sink() {
      super(Map.of());
    }
  }

  private static Database open(Path work, String name) throws Exception {
    return Database.open(
        new Settings.Storage("jdbc:h2:file:" + work.resolve(name).toAbsolutePath(), "", ""), CLOCK);
  }

  private static DeliveryService delivery(Database db, Notifier n) {
    return new DeliveryService(
        List.of(n),
        new DeliveryLedger(db.dataSource(), CLOCK, "bench"),
        RetryPolicy.DEFAULT,
        Sleeper.real(),
        CLOCK,
        new SimpleMeterRegistry());
  }

  private static ReminderScheduler start(
      Database db, DeliveryService d, LoadResult content, String name) throws Exception {
    return start(db, d, content, name, CLOCK);
  }

  private static ReminderScheduler start(
      Database db, DeliveryService d, LoadResult content, String name, Clock clock)
      throws Exception {
    return ReminderScheduler.start(
        db,
        SCHEDULE,
        d,
        () -> content,
        clock,
        new ReminderScheduler.Options(name, 8, false, Duration.ZERO));
  }

  /** The posts the timer holds: those within the plan's horizon (two days). */
  private static long held(Database db, String name) throws Exception {
    try (java.sql.Connection c = db.connection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM webinarbot_pending_post WHERE sched_name = ?")) {
      s.setString(1, name);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** 10,000 talks 30 to 60 days ahead, so each gets all four reminders: 40,000 triggers. */
  private static void plan(Path work, int runs) throws Exception {
    Instant base = CLOCK.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(30));
    List<Webinar> talks = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      talks.add(TestWebinars.startingAt("w" + i, base.plus(Duration.ofMinutes(4L * i))).build());
    }
    double[] first = planRuns(work, "plan", talks, runs);
    System.out.printf(
        "RESULT plan 10000 webinars / 40000 posts on H2: first start (cold JVM) %.0f ms,"
            + " median of all runs %.0f ms, CPU median %.0f ms; restart median %.0f ms; restart 29"
            + " days on median %.0f ms (budget 5000 ms)%n",
        first[0],
        median(Arrays.copyOf(first, runs)),
        first[runs],
        first[runs + 1],
        first[runs + 2]);
  }

  /**
   * 9,800 one-off talks 30 to 60 days ahead and 200 weekly series of 52 occurrences in Berlin (a
   * year, across both daylight saving changes), every occurrence with its four reminders.
   */
  private static void series(Path work, int runs) throws Exception {
    Instant base = CLOCK.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(30));
    List<Webinar> talks = new ArrayList<>();
    int occurrences = 0;
    for (int i = 0; i < 10_000; i++) {
      Webinar w = TestWebinars.startingAt("w" + i, base.plus(Duration.ofMinutes(4L * i))).build();
      if (i % 50 == 7) {
        ZonedDateTime start = w.time().start().withZoneSameInstant(ZoneId.of("Europe/Berlin"));
        List<ZonedDateTime> all = new ArrayList<>();
        for (int k = 0; k < 52; k++) {
          all.add(start.plusWeeks(k));
        }
        occurrences += all.size();
        w =
            w.occurrence(start)
                .withSeries(Optional.of(new Series("FREQ=WEEKLY;COUNT=52", List.of(), all)));
      }
      talks.add(w);
    }
    double[] first = planRuns(work, "series", talks, runs);
    System.out.printf(
        "RESULT plan 10000 webinars (200 weekly series, %d occurrences in all) on H2: first start"
            + " (cold JVM) %.0f ms, median of all runs %.0f ms, CPU median %.0f ms; restart median"
            + " %.0f ms; restart 29 days on median %.0f ms (budget 5000 ms)%n",
        9_800 + occurrences,
        first[0],
        median(Arrays.copyOf(first, runs)),
        first[runs],
        first[runs + 1],
        first[runs + 2]);
  }

  /**
   * Each run's first start, then the CPU median, the restart median and the median of a restart 29
   * days on.
   */
  private static double[] planRuns(Path work, String name, List<Webinar> talks, int runs)
      throws Exception {
    LoadResult content = new LoadResult(new Catalogue(talks), List.of(), talks.size());
    double[] first = new double[runs];
    double[] again = new double[runs];
    double[] later = new double[runs];
    double[] firstCpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      try (Database db = open(work, name + "-" + r)) {
        DeliveryService d = delivery(db, new Sink());
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        Work work0 = Work.now();
        ReminderScheduler s = start(db, d, content, name + "-" + r);
        first[r] = (System.nanoTime() - t0) / 1e6;
        firstCpu[r] = (cpuNanos() - cpu0) / 1e6;
        Work firstWork = Work.now().minus(work0);
        int planned = 0;
        for (int i = 0; i < 10_000; i += 1000) {
          planned += s.planned("w" + i).size();
        }
        int w7 = s.planned("w7").size();
        long heldFirst = held(db, name + "-" + r);
        s.close();
        long t1 = System.nanoTime();
        ReminderScheduler restarted = start(db, d, content, name + "-" + r);
        again[r] = (System.nanoTime() - t1) / 1e6;
        restarted.close();
        // Four weeks on, the first talks' posts have come within the horizon: a restart then (or
        // the horizon's wake-up, which makes the same plan) writes them.
        long t2 = System.nanoTime();
        ReminderScheduler monthOn =
            start(db, d, content, name + "-" + r, Clock.offset(CLOCK, Duration.ofDays(29)));
        later[r] = (System.nanoTime() - t2) / 1e6;
        monthOn.close();
        long heldLater = held(db, name + "-" + r);
        d.close();
        System.out.printf(
            "run %d: first start %.0f ms (process CPU %.0f ms; %s; %d posts held by the timer),"
                + " restart %.0f ms, restart 29 days on %.0f ms (%d posts held); sampled planned"
                + " posts: %d of ten talks; talk w7: %d%n",
            r + 1,
            first[r],
            firstCpu[r],
            firstWork,
            heldFirst,
            again[r],
            later[r],
            heldLater,
            planned,
            w7);
      }
    }
    double[] out = Arrays.copyOf(first, runs + 3);
    out[runs] = median(firstCpu);
    out[runs + 1] = median(again);
    out[runs + 2] = median(later);
    return out;
  }

  /** 10,000 page files watched; one page moved by an hour, again and again. */
  private static void edit(Path work, int edits) throws Exception {
    Path root = work.resolve("content");
    ZonedDateTime base =
        CLOCK.instant().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(30);
    for (int i = 0; i < 10_000; i++) {
      write(
          root.resolve("d" + (i % 100)).resolve("w" + i + ".md"),
          "W" + i,
          base.plusMinutes(4L * i));
    }
    try (Database db = open(work, "edit")) {
      DeliveryService d = delivery(db, new Sink());
      ContentFeed feed =
          new ContentFeed(
              new ContentReloader(
                  new HugoContentLoader(
                      java.net.URI.create("https://fd.io/"), java.time.ZoneId.of("UTC")),
                  root),
              root);
      long t0 = System.nanoTime();
      ReminderScheduler s =
          ReminderScheduler.start(
              db,
              SCHEDULE,
              d,
              feed::loadAll,
              CLOCK,
              new ReminderScheduler.Options("edit", 8, false, Duration.ZERO));
      System.out.printf("start with 10000 page files: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
      AtomicLong done = new AtomicLong();
      CountDownLatch[] next = {new CountDownLatch(1)};
      feed.follow(
          c -> {
            done.set(System.nanoTime());
            next[0].countDown();
          });
      feed.watch(s);
      double[] ms = new double[edits];
      Path page = root.resolve("d7").resolve("w7.md");
      for (int e = 0; e < edits; e++) {
        next[0] = new CountDownLatch(1);
        // Into and then within the plan's horizon, so each edit moves posts the timer holds.
        ZonedDateTime moved =
            CLOCK
                .instant()
                .atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusHours(26)
                .plusMinutes(e + 1);
        long written = write(page, "W7", moved);
        if (!next[0].await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("no reload after edit " + e);
        }
        ms[e] = (done.get() - written) / 1e6;
        List<webinarbot.domain.PlannedPost> held = s.pending("w7");
        Instant starting = held.get(held.size() - 1).at();
        if (!starting.equals(moved.toInstant())) {
          throw new IllegalStateException("edit " + e + " not rescheduled: " + starting);
        }
        // Let the folder settle between edits, as between two saves.
        org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(100)).until(() -> true);
      }
      feed.close();
      reload(root, feed, s, base);
      s.close();
      d.close();
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "RESULT edit one page of 10000 -> triggers moved: p50 %.1f ms, p90 %.1f ms, max %.1f ms"
              + " over %d edits (budget 50 ms, includes the %d ms quiet period)%n",
          pct(sorted, 50),
          pct(sorted, 90),
          sorted[sorted.length - 1],
          edits,
          ContentFeed.QUIET.toMillis());
    }
  }

  /**
   * A full reload of the 10,000 pages in the running bot, as after git-sync swaps the checkout:
   * every page read again, diffed against what is known, the changed ones rescheduled. Called
   * directly (the watcher is closed), so it times the reload alone: first with nothing changed,
   * then with ten pages moved by an hour.
   */
  private static void reload(Path root, ContentFeed feed, ReminderScheduler s, ZonedDateTime base)
      throws Exception {
    int runs = 10;
    double[] same = new double[runs];
    double[] tenMoved = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      feed.changed(java.util.Set.of(root));
      same[r] = (System.nanoTime() - t0) / 1e6;
      for (int i = 0; i < 10; i++) {
        int n = 1000 * i + 11;
        write(
            root.resolve("d" + (n % 100)).resolve("w" + n + ".md"),
            "W" + n,
            base.plusMinutes(4L * n).plusHours(r + 1));
      }
      long t1 = System.nanoTime();
      feed.changed(java.util.Set.of(root));
      tenMoved[r] = (System.nanoTime() - t1) / 1e6;
      List<webinarbot.domain.PlannedPost> planned = s.planned("w11");
      Instant starting = planned.get(planned.size() - 1).at();
      if (!starting.equals(base.plusMinutes(44).plusHours(r + 1).toInstant())) {
        throw new IllegalStateException("reload " + r + " did not reschedule w11: " + starting);
      }
    }
    Arrays.sort(same);
    Arrays.sort(tenMoved);
    System.out.printf(
        "RESULT reload of 10000 pages in the running bot: nothing changed p50 %.0f ms, max %.0f"
            + " ms; ten pages moved p50 %.0f ms, max %.0f ms over %d reloads (budget 500 ms)%n",
        pct(same, 50), same[runs - 1], pct(tenMoved, 50), tenMoved[runs - 1], runs);
  }

  /** 1,000 reminders due within one minute, and 1,000 due at the same instant. */
  private static void lateness(Path work) throws Exception {
    latenessRun(work, "spread", Duration.ofMinutes(1));
    latenessRun(work, "burst", Duration.ZERO);
  }

  private static void latenessRun(Path work, String name, Duration spread) throws Exception {
    Instant firstDue = CLOCK.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(25);
    List<Webinar> talks = new ArrayList<>();
    Map<String, Instant> dueById = new ConcurrentHashMap<>();
    for (int i = 0; i < 1000; i++) {
      Instant due = firstDue.plusMillis(spread.toMillis() * i / 1000);
      talks.add(TestWebinars.startingAt(name + i, due.plus(Duration.ofHours(1))).build());
      dueById.put(name + i, due);
    }
    try (Database db = open(work, "lateness-" + name)) {
      // Seen a month ago: only the 1h reminders are due now, no catch-up announcements.
      KnownWebinars.load(db.dataSource())
          .remember(talks, CLOCK.instant().minus(Duration.ofDays(30)));
      ScheduleBenchSink sink = new ScheduleBenchSink(dueById);
      DeliveryService d = delivery(db, sink);
      ReminderScheduler s =
          start(
              db,
              d,
              new LoadResult(new Catalogue(talks), List.of(), talks.size()),
              "lateness-" + name);
      try {
        org.awaitility.Awaitility.await()
            .atMost(Duration.between(CLOCK.instant(), firstDue.plus(spread).plusSeconds(60)))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> sink.late.size() >= 1000);
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        System.out.println("not all reminders arrived: " + sink.late.size());
      }
      s.close();
      d.close();
      double[] ms = sink.late.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          "RESULT lateness %s (1000 reminders due within %s): delivered %d, p50 %.0f ms, p99 %.0f"
              + " ms, max %.0f ms (budget p99 2000 ms)%n",
          name,
          spread.isZero() ? "the same instant" : "one minute",
          ms.length,
          pct(ms, 50),
          pct(ms, 99),
          ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
    }
  }

  private static long write(Path file, String title, ZonedDateTime start) throws IOException {
    Files.createDirectories(file.getParent());
    String slot =
        start.format(DateTimeFormatter.ofPattern("HH:mm"))
            + " - "
            + start.plusHours(1).format(DateTimeFormatter.ofPattern("HH:mm"))
            + " UTC";
    String page =
        "+++\ntitle = \""
            + title
            + "\"\ndate = \""
            + start.toLocalDate()
            + "\"\ntime_slot = \""
            + slot
            + "\"\n+++\nA talk.\n";
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return System.nanoTime();
  }

  /**
   * What the first start cost beside the wall time, readable on a shared machine: the main thread's
   * CPU and allocations, and the bytes the process wrote to files (Linux: {@code /proc/self/io}).
   */
  private record Work(long mainCpuNanos, long mainAllocated, long written) {
    static Work now() {
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long written = -1;
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
          if (line.startsWith("wchar:")) {
            written = Long.parseLong(line.substring(6).strip());
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not Linux: the bytes written are not shown.
      }
      return new Work(
          threads.getCurrentThreadCpuTime(),
          threads.getThreadAllocatedBytes(Thread.currentThread().getId()),
          written);
    }

    Work minus(Work before) {
      return new Work(
          mainCpuNanos - before.mainCpuNanos,
          mainAllocated - before.mainAllocated,
          written < 0 ? -1 : written - before.written);
    }

    @Override
    public String toString() {
      return String.format(
          "main thread CPU %.0f ms, allocated %d MB, written %d MB",
          mainCpuNanos / 1e6, mainAllocated >> 20, written >> 20);
    }
  }

  /** CPU time of the whole process: steadier than wall time on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return pct(s, 50);
  }

  private static double max(double[] xs) {
    return Arrays.stream(xs).max().orElse(Double.NaN);
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
