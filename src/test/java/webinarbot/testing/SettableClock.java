package webinarbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. Thread-safe: servers read it while the test sets it. */
public final class SettableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  public SettableClock(Instant now) {
    this(now, ZoneOffset.UTC);
  }

  private SettableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public static SettableClock at(String isoInstant) {
    return new SettableClock(Instant.parse(isoInstant));
  }

  public void set(Instant instant) {
    this.now = instant;
  }

  public void advance(Duration d) {
    this.now = now.plus(d);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new SettableClock(now, z);
  }
}
