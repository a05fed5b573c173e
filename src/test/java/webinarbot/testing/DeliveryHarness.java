package webinarbot.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import webinarbot.config.Settings;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.RetryPolicy;
import webinarbot.storage.Database;
import webinarbot.storage.StorageException;

/**
 * A delivery service on a real database with a test clock and a sleeper that waits no real time.
 * Building a second service on the same harness is a restart: same database, new process.
 */
public final class DeliveryHarness implements AutoCloseable {
  public final MutableClock clock;
  public final RecordingSleeper sleeper;
  public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Database db;
  private final List<DeliveryService> services = new ArrayList<>();

  public DeliveryHarness(Settings.Storage storage, MutableClock clock) {
    this.clock = clock;
    this.sleeper = new RecordingSleeper(clock);
    try {
      this.db = Database.open(storage, clock);
    } catch (StorageException e) {
      throw new IllegalStateException(e);
    }
  }

  public static DeliveryHarness onH2(String isoNow) {
    return new DeliveryHarness(TestDatabases.h2(), MutableClock.at(isoNow));
  }

  public Database database() {
    return db;
  }

  public DeliveryLedger ledger() {
    return new DeliveryLedger(db.dataSource(), clock, "test-instance");
  }

  public DeliveryService service(Notifier... notifiers) {
    DeliveryService s =
        new DeliveryService(
            List.of(notifiers), ledger(), RetryPolicy.DEFAULT, sleeper, clock, meters);
    services.add(s);
    return s;
  }

  /** The {@code webinarbot.deliveries} count of one platform, post kind and outcome. */
  public double deliveries(String platform, String kind, String outcome) {
    return meters
        .counter("webinarbot.deliveries", "platform", platform, "kind", kind, "outcome", outcome)
        .count();
  }

  @Override
  public void close() {
    services.forEach(DeliveryService::close);
    db.close();
  }
}
