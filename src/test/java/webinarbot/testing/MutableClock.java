package webinarbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand; thread-safe so background threads see the moves. A clock made with
 * {@link #ticking()} follows the real time shifted by the moves instead, for tests with a real
 * Quartz, which fires on real time.
 */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private volatile Duration offset = Duration.ZERO;
  private final boolean ticking;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(start, false, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, boolean ticking, ZoneId zone) {
    this.now = start;
    this.ticking = ticking;
    this.zone = zone;
  }

  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  /** The real time, shifted by {@link #set} and {@link #advance}. */
  public static MutableClock ticking() {
    return new MutableClock(null, true, ZoneOffset.UTC);
  }

  public synchronized void set(Instant instant) {
    if (ticking) {
      offset = Duration.between(Clock.systemUTC().instant(), instant);
    } else {
      this.now = instant;
    }
  }

  public synchronized void advance(Duration d) {
    if (ticking) {
      offset = offset.plus(d);
    } else {
      this.now = now.plus(d);
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return ticking ? this : new MutableClock(now, false, z);
  }

  @Override
  public Instant instant() {
    return ticking ? Clock.systemUTC().instant().plus(offset) : now;
  }
}
