package webinarbot.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.schedule.Aftermath;
import webinarbot.schedule.DeliveryHistory;
import webinarbot.schedule.Plan;
import webinarbot.schedule.PlanEntry;
import webinarbot.schedule.ReminderPlanner;

/**
 * Foresees what the running bot does with each changed talk, with the planner and change rules it
 * runs on. There is no ledger to ask, so it assumes the bot has been running on the base all along:
 * every post the base planned up to {@code now} was made. A new talk is first seen {@code now}.
 */
final class Forecaster {
  private final ReminderPlanner planner;
  private final List<Target> targets;
  private final Instant now;

  Forecaster(ReminderPlanner planner, List<Target> targets, Instant now) {
    this.planner = planner;
    this.targets = List.copyOf(targets);
    this.now = now;
  }

  TalkForecast of(TalkDelta d) {
    return switch (d.status()) {
      case ADDED -> planOnly(d.after().orElseThrow(), now, DeliveryHistory.empty());
      case CHANGED, CANCELLED -> changed(d.before().orElseThrow(), d.after().orElseThrow());
      case REMOVED -> removed(d.before().orElseThrow());
      case BROKEN -> TalkForecast.NOTHING;
    };
  }

  private TalkForecast planOnly(Webinar w, Instant firstSeen, DeliveryHistory history) {
    Plan plan = planner.plan(w, firstSeen, history, targets, now);
    return new TalkForecast(
        plan.entries(), plan.skipped(), Optional.empty(), List.of(), List.of(), List.of());
  }

  private TalkForecast changed(Webinar before, Webinar after) {
    List<PlanEntry> sent = sentBefore(before);
    List<PlanEntry> dropped = after.cancelled() ? pending(before) : List.of();
    Plan plan = planner.plan(after, Instant.EPOCH, history(before, sent), targets, now);
    List<Target> told = told(sent);
    if (told.isEmpty() || before.revision().equals(after.revision())) {
      return new TalkForecast(
          plan.entries(), plan.skipped(), Optional.empty(), told, List.of(), dropped);
    }
    Aftermath a = Aftermath.ofChange(before, after, now);
    return new TalkForecast(
        plan.entries(),
        plan.skipped(),
        a.notice(),
        told,
        a.editTo().isPresent() ? sent : List.of(),
        dropped);
  }

  private TalkForecast removed(Webinar last) {
    List<PlanEntry> sent = sentBefore(last);
    List<Target> told = told(sent);
    if (told.isEmpty()) {
      return new TalkForecast(
          List.of(), List.of(), Optional.empty(), told, List.of(), pending(last));
    }
    Aftermath a = Aftermath.ofRemoval(last, now);
    return new TalkForecast(
        List.of(),
        List.of(),
        a.notice(),
        told,
        a.editTo().isPresent() ? sent : List.of(),
        pending(last));
  }

  /** The base's posts up to now, as a bot that saw the page from the start made them. */
  private List<PlanEntry> sentBefore(Webinar before) {
    return allOf(before).stream().filter(e -> !e.at().isAfter(now)).toList();
  }

  /** The base's posts still to come. */
  private List<PlanEntry> pending(Webinar before) {
    return allOf(before).stream().filter(e -> e.at().isAfter(now)).toList();
  }

  private List<PlanEntry> allOf(Webinar w) {
    return planner
        .plan(new Catalogue(List.of(w)), Map.of(), DeliveryHistory.empty(), targets, Instant.EPOCH)
        .entries();
  }

  private static List<Target> told(List<PlanEntry> sent) {
    return sent.stream().flatMap(e -> e.targets().stream()).distinct().toList();
  }

  private static DeliveryHistory history(Webinar before, List<PlanEntry> sent) {
    List<LedgerEntry> rows = new ArrayList<>();
    for (PlanEntry e : sent) {
      for (Target t : e.targets()) {
        rows.add(
            new LedgerEntry(
                new DeliveryKey(before.id(), e.post().kind(), t, e.revision()),
                DeliveryStatus.SENT,
                before.revision(),
                Optional.of("review"),
                List.of(),
                e.at(),
                e.deadline(),
                1,
                Optional.empty(),
                "review",
                e.at()));
      }
    }
    return DeliveryHistory.of(rows);
  }
}
