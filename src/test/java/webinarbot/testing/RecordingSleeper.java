package webinarbot.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import webinarbot.delivery.Sleeper;

/** Waits no real time: records each wait and moves the test clock on by it. */
public final class RecordingSleeper implements Sleeper {
  private final MutableClock clock;
  private final List<Duration> waits = new ArrayList<>();

  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration d) {
    waits.add(d);
    clock.advance(d);
  }

  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
