package webinarbot.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.storage.Jdbc;

/**
 * What Quartz runs when a trigger fires: reads the post from the trigger and hands it to {@link
 * PostFiring}. One instance serves every trigger (see {@link #factory}).
 */
final class FirePostJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(FirePostJob.class);

  private final PostFiring firing;
  private final Consumer<Instant> digest;
  private final Consumer<Jdbc.StorageFailure> storageFailures;

  /**
   * @param digest what a digest trigger runs, with the instant it was due
   * @param storageFailures told when a firing failed on the database, so its post is planned again
   *     once the database answers (Quartz has used the trigger up)
   */
  FirePostJob(
      PostFiring firing, Consumer<Instant> digest, Consumer<Jdbc.StorageFailure> storageFailures) {
    this.firing = firing;
    this.digest = digest;
    this.storageFailures = storageFailures;
  }

  /** Hands Quartz this one job for every firing, instead of instantiating classes by name. */
  static org.quartz.spi.JobFactory factory(FirePostJob job) {
    return (bundle, scheduler) -> job;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    // A replica died while firing a trigger: Quartz fires a recovery trigger naming the original.
    TriggerKey key =
        context.isRecovering() ? context.getRecoveringTriggerKey() : context.getTrigger().getKey();
    Optional<Instant> digestDue = DigestSchedule.dueAt(key);
    if (digestDue.isPresent()) {
      try {
        digest.accept(digestDue.get());
      } catch (RuntimeException e) {
        LOG.error("the weekly digest due at {} failed", digestDue.get(), e);
      }
      return;
    }
    TriggerName t;
    if (context.isRecovering()) {
      Optional<String> id = firing.webinarOfGroup(key.getGroup());
      if (id.isEmpty()) {
        LOG.info("recovered trigger {} is about a webinar that is gone", key);
        return;
      }
      t = TriggerName.parse(key, id.get());
    } else {
      t = TriggerName.parse(key, context.getTrigger().getDescription());
    }
    PostFiring.Fired fired = new PostFiring.Fired(t.webinarId(), t.kind(), t.revision(), t.at());
    try {
      firing.fire(fired);
    } catch (Jdbc.StorageFailure e) {
      LOG.error(
          "firing {} failed on the database ({}); it is planned again once the database answers",
          fired,
          e.getMessage());
      storageFailures.accept(e);
    } catch (RuntimeException e) {
      // Never rethrow: Quartz would only log it again. The start-up plan picks up what is left.
      LOG.error("firing {} failed", fired, e);
    }
  }
}
