package webinarbot.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import webinarbot.config.Settings;

/** The default settings, as a test would otherwise spell them out again and again. */
public final class TestSettings {
  private TestSettings() {}

  /** {@code reminders = ["7d", "1d", "1h", "0m"]}, all-day posts at 09:00, grace 30 minutes. */
  public static Settings.Schedule schedule() {
    return new Settings.Schedule(
        ZoneId.of("UTC"),
        List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1), Duration.ZERO),
        LocalTime.of(9, 0),
        Duration.ofMinutes(30),
        Optional.empty());
  }
}
