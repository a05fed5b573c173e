package webinarbot.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
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
    TriggerName t =
        TriggerName.parse(context.getTrigger().getKey(), context.getTrigger().getDescription());
    PostFiring.Fired fired = new PostFiring.Fired(t.webinarId(), t.kind(), t.revision(), t.at());
    try {
      firing.fire(fired);
    } catch (RuntimeException e) {
      // Never rethrow: Quartz would only log it again. The start-up plan picks up what is left.
      LOG.error("firing {} failed", fired, e);
    }
  }
}
