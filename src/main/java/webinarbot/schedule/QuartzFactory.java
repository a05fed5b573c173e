package webinarbot.schedule;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;
import webinarbot.storage.Database;

/**
 * Builds the Quartz scheduler on the JDBC job store (JobStoreTX) over the bot's database, so
 * pending reminders survive restarts. Clustering is one flag: every replica on one PostgreSQL then
 * shares the triggers and each fires on exactly one node.
 */
final class QuartzFactory {
  /** Quartz keys both its registry and the rows of its tables by this name. */
  static final String SCHEDULER_NAME = "webinar-bot";

  private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

  /**
   * @param instanceId this replica's name among the others: unique per process start, and the owner
   *     recorded on the ledger rows it claims, so a survivor can tell a dead replica's rows
   * @param threads workers firing reminders; a firing only claims and queues, so a few suffice
   * @param clustered share triggers with other replicas on the same database
   * @param checkinInterval how often a clustered replica tells the others it is alive, and looks
   *     for replicas that stopped doing so
   */
  record Options(
      String schedulerName,
      String instanceId,
      int threads,
      boolean clustered,
      java.time.Duration checkinInterval) {}

  private QuartzFactory() {}

  static Scheduler create(Database db, JobFactory jobs, Options options) throws SchedulerException {
    // Quartz looks data sources up by name in a JVM-wide registry; one name per pool.
    String dsName = "webinarbot-" + DATA_SOURCES.incrementAndGet();
    DBConnectionManager.getInstance()
        .addConnectionProvider(dsName, new DataSourceConnectionProvider(db.dataSource()));
    Scheduler s = new StdSchedulerFactory(properties(db, dsName, options)).getScheduler();
    // Quartz keeps one scheduler per name in a JVM-wide registry and would hand the next replica
    // started in this JVM (tests, benchmarks) the same one; each replica must have its own.
    SchedulerRepository.getInstance().remove(options.schedulerName());
    s.setJobFactory(jobs);
    return s;
  }

  static Properties properties(Database db, String dsName, Options o) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", o.schedulerName());
    // Our own unique id rather than AUTO (host name and start time, the same idea): the ledger
    // records it as the owner of each claim, and QRTZ_SCHEDULER_STATE then says which owners live.
    p.setProperty("org.quartz.scheduler.instanceId", o.instanceId());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    // Fetch as many due triggers per round trip as there are workers: 1,000 reminders due in
    // the same minute must not wait for one transaction each.
    p.setProperty(
        "org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(o.threads()));
    // Idle, the scheduler thread looks for due triggers this often (Quartz: every 30 s). Another
    // replica's new triggers are seen no sooner, and in a burst a replica that sleeps through the
    // due instant leaves its share to the others: every replica must have looked shortly before.
    p.setProperty("org.quartz.scheduler.idleWaitTime", "5000");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(o.threads()));
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "quartz-" + o.instanceId());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", db.dialect().quartzDelegate());
    p.setProperty("org.quartz.jobStore.dataSource", dsName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    // Job data as text, not serialized Java objects: readable, and no class evolution trouble.
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    // A trigger more than a minute late counts as misfired; every trigger fires now when
    // misfired (see TriggerStore), and the grace rule then decides whether the post still goes.
    // The threshold only has to exceed a cluster fail-over (check-in + 7.5 s, under 20 s): the
    // triggers a dead replica held then fire on the normal path at once, not on the misfire
    // handler's next round.
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    // After a database failure Quartz tries again this often (default 15 s): reminders that fell
    // due meanwhile go out a second after the database answers, not up to 15 s later.
    p.setProperty("org.quartz.jobStore.dbRetryInterval", "1000");
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(o.clustered()));
    // Quartz declares a replica dead once it missed its check-in by 7.5 s: with 5 s, a dead
    // replica's triggers move to a survivor 12.5-17.5 s after its last check-in.
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval",
        String.valueOf(o.checkinInterval().toMillis()));
    return p;
  }
}
