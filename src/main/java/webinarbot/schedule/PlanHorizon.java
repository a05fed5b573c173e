package webinarbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How far ahead the timer holds the plan. Every webinar is planned, always, from its page; but only
 * the posts due within {@link #AHEAD} are written to the timer, as rows and triggers. A year of
 * 10,000 talks is 80,000 posts, and writing them all made a first start take seconds, for posts
 * that any replan (a reload, a restart, the periodic resync) writes again anyway if their page
 * changes. The rest are written as they come near: the timer wakes the schedule half a horizon
 * before the first of them is due ({@link WakeUpTrigger#HORIZON}), and the plan made then writes
 * the next two days. That wake-up is a trigger in the timer's store like the posts', so it survives
 * restarts and, in a cluster, fires on one replica.
 */
final class PlanHorizon {
  /** Posts due before now plus this are held by the timer. */
  static final Duration AHEAD = Duration.ofDays(2);

  private PlanHorizon() {}

  /** The entries the timer holds now: the overdue ones and those due within the horizon. */
  static List<PlanEntry> within(List<PlanEntry> entries, Instant now) {
    Instant end = now.plus(AHEAD);
    return entries.stream().filter(e -> e.at().isBefore(end)).toList();
  }

  /**
   * When the horizon is next extended: half a horizon before the first entry beyond it, so that
   * each post is written at least a day before it is due. Empty when none lies beyond.
   */
  static Optional<Instant> nextExtension(List<PlanEntry> entries, Instant now) {
    Instant end = now.plus(AHEAD);
    return entries.stream()
        .map(PlanEntry::at)
        .filter(at -> !at.isBefore(end))
        .min(Instant::compareTo)
        .map(at -> at.minus(AHEAD.dividedBy(2)));
  }
}
