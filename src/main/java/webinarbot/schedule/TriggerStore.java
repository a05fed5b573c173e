package webinarbot.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
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
 * webinar. A trigger's name holds its kind, revision and instant, so comparing key sets is enough
 * to see what changed, without reading 40,000 triggers back.
 */
final class TriggerStore {
  static final JobKey JOB = JobKey.jobKey("fire-post", "webinar-bot");
  static final String GROUP_PREFIX = "w:";
  static final String WEBINAR = "webinar";
  static final String KIND = "kind";
  static final String REVISION = "revision";
  static final String AT = "at";

  private final Scheduler scheduler;
  private final JobDetail job;

  TriggerStore(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.job = JobBuilder.newJob(FirePostJob.class).withIdentity(JOB).storeDurably().build();
  }

  /** Makes the triggers of every webinar match {@code plan}. Returns triggers added and removed. */
  int[] syncAll(Plan plan) throws SchedulerException {
    Set<TriggerKey> existing =
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupStartsWith(GROUP_PREFIX));
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
      existing.addAll(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(id))));
    }
    return apply(
        existing, plan.entries().stream().filter(e -> webinarIds.contains(e.webinarId())).toList());
  }

  /** The posts pending in Quartz for a webinar, in time order, for tests and diagnostics. */
  List<PlannedPost> pending(String webinarId) throws SchedulerException {
    List<PlannedPost> out = new ArrayList<>();
    for (TriggerKey k :
        scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(webinarId)))) {
      String[] parts = k.getName().split("@");
      PostKind.parse(parts[0])
          .ifPresent(
              kind ->
                  out.add(
                      new PlannedPost(
                          Instant.ofEpochMilli(Long.parseLong(parts[parts.length - 1])),
                          webinarId,
                          kind)));
    }
    out.sort(Plan.ORDER);
    return out;
  }

  private int[] apply(Set<TriggerKey> existing, List<PlanEntry> entries) throws SchedulerException {
    Map<TriggerKey, PlanEntry> wanted = new LinkedHashMap<>();
    entries.forEach(e -> wanted.put(key(e), e));
    List<TriggerKey> gone = existing.stream().filter(k -> !wanted.containsKey(k)).toList();
    Set<Trigger> fresh = new HashSet<>();
    wanted.forEach(
        (k, e) -> {
          if (!existing.contains(k)) {
            fresh.add(trigger(k, e));
          }
        });
    if (!gone.isEmpty()) {
      scheduler.unscheduleJobs(gone);
    }
    if (!fresh.isEmpty()) {
      scheduler.scheduleJobs(Map.of(job, fresh), true);
    } else if (!scheduler.checkExists(JOB)) {
      scheduler.addJob(job, true);
    }
    return new int[] {fresh.size(), gone.size()};
  }

  private Trigger trigger(TriggerKey key, PlanEntry e) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key)
        .forJob(JOB)
        .startAt(Date.from(e.at()))
        .usingJobData(WEBINAR, e.webinarId())
        .usingJobData(KIND, e.post().kind().code())
        .usingJobData(REVISION, e.revision())
        .usingJobData(AT, Long.toString(e.at().toEpochMilli()))
        // Late (the bot was down, or busy): fire at once; the job applies the grace rule.
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  static TriggerKey key(PlanEntry e) {
    String name = e.post().kind().code() + "@" + e.revision() + "@" + e.at().toEpochMilli();
    return TriggerKey.triggerKey(name, group(e.webinarId()));
  }

  /** {@code w:ID}; ids too long for Quartz's 200-character column are shortened with a hash. */
  static String group(String webinarId) {
    String g = GROUP_PREFIX + webinarId;
    if (g.length() <= 190) {
      return g;
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(webinarId.getBytes(StandardCharsets.UTF_8));
      return g.substring(0, 170) + "~" + java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is part of every JRE", ex);
    }
  }
}
