package webinarbot.schedule;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
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
   * @param threads workers firing reminders; a firing only claims and queues, so a few suffice
   * @param clustered share triggers with other replicas on the same database
   */
  record Options(String schedulerName, int threads, boolean clustered) {
    static Options standalone() {
      return new Options(SCHEDULER_NAME, 4, false);
    }
  }

  private QuartzFactory() {}

  static Scheduler create(Database db, JobFactory jobs, Options options) throws SchedulerException {
    // Quartz looks data sources up by name in a JVM-wide registry; one name per pool.
    String dsName = "webinarbot-" + DATA_SOURCES.incrementAndGet();
    DBConnectionManager.getInstance()
        .addConnectionProvider(dsName, new DataSourceConnectionProvider(db.dataSource()));
    Scheduler s = new StdSchedulerFactory(properties(db, dsName, options)).getScheduler();
    s.setJobFactory(jobs);
    return s;
  }

  static Properties properties(Database db, String dsName, Options o) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", o.schedulerName());
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    // Fetch as many due triggers per round trip as there are workers: 1,000 reminders due in
    // the same minute must not wait for one transaction each.
    p.setProperty(
        "org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(o.threads()));
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(o.threads()));
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", db.dialect().quartzDelegate());
    p.setProperty("org.quartz.jobStore.dataSource", dsName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    // Job data as text, not serialized Java objects: readable, and no class evolution trouble.
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    // A trigger more than a minute late counts as misfired; every trigger fires now when
    // misfired (see TriggerStore), and the grace rule then decides whether the post still goes.
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(o.clustered()));
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
    return p;
  }
}
