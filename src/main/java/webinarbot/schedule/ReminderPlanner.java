package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.Revisions;
import webinarbot.delivery.Routing;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * Decides every post the bot will make, from the pages, the settings, what the ledger says was done
 * and the time: a pure function, shared by the Quartz scheduler, the job that fires and the {@code
 * schedule} command, so all three always agree.
 *
 * <p>Per webinar and target (the targets its routes choose, {@link Routing}): one reminder per lead
 * of its route, or of {@code schedule.reminders}. Reminders that fell before the page was first
 * seen (or before its {@code publishDate}) are replaced by one catch-up announcement, never sent as
 * a burst of stale reminders. A due post that was missed (the bot was down) goes out now if still
 * {@link Timeliness timely}, else it is skipped with its reason; of several missed at once only the
 * latest goes out. Drafts and cancelled pages get nothing.
 */
public final class ReminderPlanner {
  /** Who asked for a personal reminder of a webinar, as direct-message targets. */
  @FunctionalInterface
  public interface Audience {
    List<Target> of(String webinarId);

    Audience NOBODY = id -> List.of();
  }

  private final ReminderTimes times;
  private final Timeliness timeliness;
  private final Routing routing;
  private final Duration personalLead;
  private final LocalTime allDayTime;

  /** Reminder times of the routes that set their own leads, made once per list of leads. */
  private final Map<List<Duration>, ReminderTimes> routeTimes = new ConcurrentHashMap<>();

  public ReminderPlanner(Settings.Schedule schedule) {
    this.times = new ReminderTimes(schedule.reminders(), schedule.allDayTime());
    this.timeliness = new Timeliness(schedule.grace());
    this.routing = new Routing(schedule.routes());
    this.personalLead = schedule.personalReminder();
    this.allDayTime = schedule.allDayTime();
  }

  /** The routes' choice of targets for each talk. */
  public Routing routing() {
    return routing;
  }

  /**
   * @param firstSeen when the bot first saw each page; a page missing here is seen {@code now}
   */
  public Plan plan(
      Catalogue catalogue,
      Map<String, Instant> firstSeen,
      DeliveryHistory history,
      List<Target> targets,
      Instant now) {
    return plan(catalogue, firstSeen, history, targets, Audience.NOBODY, now);
  }

  /** The plan, personal reminders for {@code audience} included. */
  public Plan plan(
      Catalogue catalogue,
      Map<String, Instant> firstSeen,
      DeliveryHistory history,
      List<Target> targets,
      Audience audience,
      Instant now) {
    Merger merger = new Merger();
    Instant t = millis(now);
    for (Webinar w : catalogue.all()) {
      Instant seen = millis(firstSeen.getOrDefault(w.id(), t));
      planWebinar(w, seen, history, targets, audience.of(w.id()), t, merger);
    }
    return merger.plan();
  }

  /** The plan for one webinar alone. */
  public Plan plan(
      Webinar w, Instant firstSeen, DeliveryHistory history, List<Target> targets, Instant now) {
    return plan(w, firstSeen, history, targets, List.of(), now);
  }

  /** The plan for one webinar alone, with personal reminders for {@code subscribers}. */
  public Plan plan(
      Webinar w,
      Instant firstSeen,
      DeliveryHistory history,
      List<Target> targets,
      List<Target> subscribers,
      Instant now) {
    Merger merger = new Merger();
    planWebinar(w, millis(firstSeen), history, targets, subscribers, millis(now), merger);
    return merger.plan();
  }

  /** Plans are made in milliseconds: what Quartz and the database store. */
  private static Instant millis(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /** Until when a post about {@code w} is still worth sending. */
  public Optional<Instant> deadline(Webinar w, PostKind kind, Instant at) {
    return timeliness.deadline(w, kind, at);
  }

  public String whyTooLate(Webinar w, PostKind kind, Instant at, Instant now) {
    return timeliness.whyTooLate(w, kind, at, now);
  }

  private void planWebinar(
      Webinar w,
      Instant firstSeen,
      DeliveryHistory history,
      List<Target> targets,
      List<Target> subscribers,
      Instant now,
      Merger merger) {
    if (w.draft() || w.cancelled()) {
      return;
    }
    Instant visibleFrom = w.publishDate().filter(p -> p.isAfter(firstSeen)).orElse(firstSeen);
    // A series is announced once, before its first occurrence still to come when it is found;
    // each occurrence gets its own reminders, personal ones included. Occurrences that have
    // started are left alone: an edit of the page's time moves only the ones to come.
    List<Webinar> toCome =
        w.series().isEmpty()
            ? List.of(w)
            : w.series().get().occurrences().stream()
                .map(w::occurrence)
                .filter(o -> !o.time().hasStarted(now))
                .toList();
    planPersonal(w, toCome, history, subscribers, now, merger);
    List<Webinar> occurrences =
        w.series().isEmpty()
            ? toCome
            : toCome.stream().filter(o -> !o.time().isOver(visibleFrom)).toList();
    for (Target t : routing.targetsFor(w, targets)) {
      List<Candidate> candidates = new ArrayList<>();
      boolean first = true;
      for (Webinar o : occurrences) {
        List<ReminderTimes.Slot> slots = timesOn(o, t).of(o.time());
        boolean lateFind = slots.stream().anyMatch(s -> s.at().isBefore(visibleFrom));
        if (first && lateFind && !history.announced(w.id(), t)) {
          candidates.add(candidate(o, PostKind.ANNOUNCEMENT, visibleFrom));
        }
        first = false;
        slots.stream()
            .filter(s -> !s.at().isBefore(visibleFrom))
            .forEach(s -> candidates.add(candidate(o, s.kind(), s.at())));
      }
      candidates.removeIf(c -> history.has(new DeliveryKey(w.id(), c.kind(), t, c.revision())));
      candidates.removeIf(c -> c.deadline().map(d -> !c.at().isBefore(d)).orElse(false));
      decide(w, t, candidates, now, merger);
    }
  }

  /** The reminder times on {@code t}: its route's own leads, or {@code schedule.reminders}. */
  private ReminderTimes timesOn(Webinar w, Target t) {
    return routing
        .reminders(w, t)
        .map(leads -> routeTimes.computeIfAbsent(leads, l -> new ReminderTimes(l, allDayTime)))
        .orElse(times);
  }

  /**
   * One direct message per subscriber and occurrence to come (a one-off talk is its own only
   * occurrence), {@code schedule.personal_reminder} before its start (an all-day talk: at {@code
   * schedule.all_day_time} on its day); one who asked later than that gets it at once, until the
   * start. Each occurrence's message is its own delivery, keyed by its start.
   */
  private void planPersonal(
      Webinar w,
      List<Webinar> occurrences,
      DeliveryHistory history,
      List<Target> subscribers,
      Instant now,
      Merger merger) {
    if (subscribers.isEmpty()) {
      return;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Webinar o : occurrences) {
      Instant at =
          millis(
              o.time().allDay()
                  ? o.time()
                      .start()
                      .toLocalDate()
                      .atTime(allDayTime)
                      .atZone(o.time().zone())
                      .toInstant()
                  : o.time().startInstant().minus(personalLead));
      Candidate c = candidate(o, PostKind.PERSONAL, at);
      if (c.deadline().map(d -> at.isBefore(d)).orElse(true)) {
        candidates.add(c);
      }
    }
    // A fan-out too large to go out in time starts early enough to end when it is due.
    Map<String, Duration> early = FanoutWindow.leads(subscribers);
    for (Target t : subscribers) {
      Duration lead = early.getOrDefault(t.platform(), Duration.ZERO);
      List<Candidate> theirs = new ArrayList<>();
      for (Candidate c : candidates) {
        theirs.add(lead.isZero() ? c : c.earlier(lead));
      }
      theirs.removeIf(c -> history.has(new DeliveryKey(w.id(), c.kind(), t, c.revision())));
      decide(w, t, theirs, now, merger);
    }
  }

  /**
   * Future posts stay; of the overdue ones, one timely post goes out now and the rest are skipped.
   */
  private void decide(Webinar w, Target t, List<Candidate> candidates, Instant now, Merger merger) {
    List<Candidate> overdue = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.at().isAfter(now)) {
        merger.add(c.entry(c.at()), t);
      } else if (c.deadline().map(d -> now.isBefore(d)).orElse(true)) {
        overdue.add(c);
      } else {
        merger.skip(c, t, timeliness.whyTooLate(w, c.kind(), c.at(), now));
      }
    }
    Candidate chosen =
        overdue.stream()
            .filter(c -> c.kind().type().planned() == PostKind.Planned.WHEN_FIRST_VISIBLE)
            .findFirst()
            .or(() -> overdue.stream().max(Comparator.comparing(Candidate::at)))
            .orElse(null);
    for (Candidate c : overdue) {
      if (c.equals(chosen)) {
        merger.add(c.entry(now), t);
      } else {
        merger.skip(c, t, "overdue together with " + chosen.kind() + ", which goes out instead");
      }
    }
  }

  private Candidate candidate(Webinar w, PostKind kind, Instant at) {
    return new Candidate(w.id(), kind, at, Revisions.of(kind, w), timeliness.deadline(w, kind, at));
  }

  /** A post before the ledger and the clock have had their say. */
  private record Candidate(
      String webinarId, PostKind kind, Instant at, String revision, Optional<Instant> deadline) {
    Candidate earlier(Duration lead) {
      return new Candidate(webinarId, kind, at.minus(lead), revision, deadline);
    }

    PlannedPost post(Instant when) {
      return new PlannedPost(when, webinarId, kind);
    }

    PlanEntry entry(Instant when) {
      return new PlanEntry(post(when), revision, deadline, List.of());
    }
  }

  /** Folds per-target decisions into one entry per post, listing its targets. */
  private static final class Merger {
    private final Map<List<Object>, PlanEntry> entries = new LinkedHashMap<>();
    private final Map<List<Object>, Plan.Skip> skips = new LinkedHashMap<>();

    void add(PlanEntry e, Target t) {
      entries.merge(
          List.of(e.post(), e.revision()), withTarget(e, t), (old, fresh) -> withTarget(old, t));
    }

    void skip(Candidate c, Target t, String reason) {
      List<Object> key = List.of(c.post(c.at()), c.revision(), reason);
      Plan.Skip old = skips.get(key);
      List<Target> targets = new ArrayList<>(old == null ? List.of() : old.targets());
      targets.add(t);
      skips.put(key, new Plan.Skip(c.post(c.at()), c.revision(), targets, reason));
    }

    Plan plan() {
      return new Plan(List.copyOf(entries.values()), List.copyOf(skips.values()));
    }

    private static PlanEntry withTarget(PlanEntry e, Target t) {
      List<Target> targets = new ArrayList<>(e.targets());
      targets.add(t);
      return new PlanEntry(e.post(), e.revision(), e.deadline(), targets);
    }
  }
}
