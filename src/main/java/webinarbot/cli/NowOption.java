package webinarbot.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --now INSTANT}, shared by the commands that answer as of some instant. */
final class NowOption {
  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "as of this instant instead of now, e.g. 2026-12-03T16:00:00Z")
  Instant now;

  /** The instant given, if any. */
  Optional<Instant> given() {
    return Optional.ofNullable(now);
  }

  /** The instant given, else the clock's. */
  Instant or(Clock clock) {
    return now != null ? now : clock.instant();
  }
}
