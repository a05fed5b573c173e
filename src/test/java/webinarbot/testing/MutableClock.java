package webinarbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand. {@link #frozenAt} stands still until told; {@link #ticking} follows
 * the real clock shifted by an offset, for tests with a real Quartz (which fires on real time).
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> frozen;
  private final AtomicReference<Duration> offset;

  private MutableClock(Instant frozen, Duration offset) {
    this.frozen = new AtomicReference<>(frozen);
    this.offset = new AtomicReference<>(offset);
  }

  public static MutableClock frozenAt(Instant t) {
    return new MutableClock(t, Duration.ZERO);
  }

  public static MutableClock frozenAt(String isoInstant) {
    return frozenAt(Instant.parse(isoInstant));
  }

  /** The real time, shifted by {@link #advance}. */
  public static MutableClock ticking() {
    return new MutableClock(null, Duration.ZERO);
  }

  public void set(Instant t) {
    if (frozen.get() == null) {
      offset.set(Duration.between(Clock.systemUTC().instant(), t));
    } else {
      frozen.set(t);
    }
  }

  public void advance(Duration d) {
    if (frozen.get() == null) {
      offset.updateAndGet(o -> o.plus(d));
    } else {
      frozen.updateAndGet(t -> t.plus(d));
    }
  }

  @Override
  public Instant instant() {
    Instant f = frozen.get();
    return f != null ? f : Clock.systemUTC().instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
