package webinarbot.schedule;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.PostKind;

/**
 * Keeps Quartz's triggers equal to the plan: one one-shot trigger per planned post, grouped by
 * webinar, named after what it posts ({@link TriggerName}), so comparing key sets is enough to see
 * what changed, without reading 40,000 triggers back.
 */
final class TriggerStore {
  static final JobKey JOB = JobKey.jobKey("fire-post", "webinar-bot");

  /** Past this many new triggers at once (a first start), they are written in bulk. */
  private static final int BULK_ABOVE = 500;

  private final Scheduler scheduler;
  private final QuartzBulkInsert bulk;
  private final JobDetail job;
  private volatile boolean jobStored;

  TriggerStore(Scheduler scheduler, QuartzBulkInsert bulk) {
    this.scheduler = scheduler;
    this.bulk = bulk;
    // Recovery requested: if a replica dies between Quartz firing a trigger and the job claiming
    // the post in the ledger, a survivor fires it again (the ledger keeps that single).
    this.job =
        JobBuilder.newJob(FirePostJob.class)
            .withIdentity(JOB)
            .storeDurably()
            .requestRecovery()
            .build();
  }

  /** Makes the triggers of every webinar match {@code plan}. Returns triggers added and removed. */
  int[] syncAll(Plan plan) throws SchedulerException {
    Set<TriggerKey> existing =
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupStartsWith(TriggerName.GROUP_PREFIX));
    return apply(existing, plan.entries());
  }

  /**
   * Makes the triggers of some webinars match their entries in {@code plan}: one removal and one
   * insertion for all of them, so a reload touching many pages takes Quartz's lock twice, not twice
   * per page.
   */
  int[] sync(Set<String> webinarIds, Plan plan) throws SchedulerException {
    Set<TriggerKey> existing = new HashSet<>();
    for (String id : webinarIds) {
      existing.addAll(
          scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(TriggerName.group(id))));
    }
    return apply(
        existing, plan.entries().stream().filter(e -> webinarIds.contains(e.webinarId())).toList());
  }

  /** The posts pending in Quartz for a webinar, in time order, for tests and diagnostics. */
  List<PlannedPost> pending(String webinarId) throws SchedulerException {
    List<PlannedPost> out = new ArrayList<>();
    for (TriggerKey k :
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(TriggerName.group(webinarId)))) {
      TriggerName t = TriggerName.parse(k, webinarId);
      PostKind.parse(t.kind()).ifPresent(kind -> out.add(new PlannedPost(t.at(), webinarId, kind)));
    }
    out.sort(Plan.ORDER);
    return out;
  }

  private int[] apply(Set<TriggerKey> existing, List<PlanEntry> entries) throws SchedulerException {
    Map<TriggerKey, TriggerName> wanted = new LinkedHashMap<>();
    entries.forEach(e -> wanted.put(TriggerName.of(e).key(), TriggerName.of(e)));
    List<TriggerKey> gone = existing.stream().filter(k -> !wanted.containsKey(k)).toList();
    List<TriggerName> fresh = new ArrayList<>();
    wanted.forEach(
        (k, t) -> {
          if (!existing.contains(k)) {
            fresh.add(t);
          }
        });
    if (!gone.isEmpty()) {
      scheduler.unscheduleJobs(gone);
    }
    if (!jobStored) {
      scheduler.addJob(job, true);
      jobStored = true;
    }
    if (fresh.size() > BULK_ABOVE) {
      insertInBulk(fresh);
    } else if (!fresh.isEmpty()) {
      Set<Trigger> triggers = new HashSet<>();
      fresh.forEach(t -> triggers.add(trigger(t)));
      scheduler.scheduleJobs(Map.of(job, triggers), true);
    }
    return new int[] {fresh.size(), gone.size()};
  }

  /**
   * All but the earliest trigger go in bulk; the earliest goes through the API last, which wakes
   * Quartz's scheduler thread if it is already waiting for something later.
   */
  private void insertInBulk(List<TriggerName> fresh) throws SchedulerException {
    List<TriggerName> sorted = new ArrayList<>(fresh);
    sorted.sort(Comparator.comparing(TriggerName::at));
    try {
      bulk.insert(sorted.subList(1, sorted.size()));
    } catch (SQLException e) {
      throw new SchedulerException("bulk insert of " + sorted.size() + " triggers failed", e);
    }
    // Replace: a replica starting at the same moment may have written it already.
    scheduler.scheduleJobs(Map.of(job, Set.of(trigger(sorted.get(0)))), true);
  }

  private static Trigger trigger(TriggerName t) {
    return TriggerBuilder.newTrigger()
        .withIdentity(t.key())
        .withDescription(t.webinarId())
        .forJob(JOB)
        .startAt(Date.from(t.at()))
        // Late (the bot was down, or busy): fire at once; the job applies the grace rule.
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }
}
