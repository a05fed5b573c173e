package webinarbot.schedule;

import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Quartz runs when a trigger fires: reads the post from the trigger and hands it to {@link
 * PostFiring}. One instance serves every trigger (see {@link #factory}).
 */
final class FirePostJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(FirePostJob.class);

  private final PostFiring firing;

  FirePostJob(PostFiring firing) {
    this.firing = firing;
  }

  /** Hands Quartz this one job for every firing, instead of instantiating classes by name. */
  static org.quartz.spi.JobFactory factory(FirePostJob job) {
    return (bundle, scheduler) -> job;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    TriggerName t;
    if (context.isRecovering()) {
      // A replica died while firing this; Quartz fires a recovery trigger that names the original.
      TriggerKey original = context.getRecoveringTriggerKey();
      Optional<String> id = firing.webinarOfGroup(original.getGroup());
      if (id.isEmpty()) {
        LOG.info("recovered trigger {} is about a webinar that is gone", original);
        return;
      }
      t = TriggerName.parse(original, id.get());
    } else {
      t = TriggerName.parse(context.getTrigger().getKey(), context.getTrigger().getDescription());
    }
    PostFiring.Fired fired = new PostFiring.Fired(t.webinarId(), t.kind(), t.revision(), t.at());
    try {
      firing.fire(fired);
    } catch (RuntimeException e) {
      // Never rethrow: Quartz would only log it again. The start-up plan picks up what is left.
      LOG.error("firing {} failed", fired, e);
    }
  }
}
