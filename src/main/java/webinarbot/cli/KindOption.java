package webinarbot.cli;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import webinarbot.config.Settings;
import webinarbot.domain.PostKind;

/**
 * {@code --kind KIND} of {@code preview} and {@code announce}: read, or refused with the list. The
 * lists come from the kinds' declarations ({@link PostKind.Type}), never written out by hand.
 */
final class KindOption {
  private KindOption() {}

  /**
   * @param reminders the configured leads, whose reminders are listed by name
   * @param digest whether {@code digest} is one of the kinds here
   */
  static PostKind parse(String kind, List<Duration> reminders, boolean digest) {
    return PostKind.parse(kind)
        .filter(k -> digest || k.type().is(PostKind.Use.BY_HAND))
        .orElseThrow(
            () ->
                new CliFailure(
                    ExitCodes.USAGE,
                    "unknown kind \""
                        + kind
                        + "\"; use one of "
                        + String.join(", ", names(reminders, digest))
                        + " (or reminder-DURATION for another lead, such as reminder-2h)"));
  }

  static List<String> names(List<Duration> reminders, boolean digest) {
    List<PostKind> kinds = digest ? PostKind.every(reminders) : PostKind.byHand(reminders);
    return kinds.stream().map(PostKind::code).toList();
  }

  /** For {@code --kind}'s help: the kinds posted by hand, at the default reminder leads. */
  static final class ByHand implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Settings.Schedule.DEFAULT_REMINDERS, false).iterator();
    }
  }

  /** For {@code preview --kind}'s help: every kind, at the default reminder leads. */
  static final class Every implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Settings.Schedule.DEFAULT_REMINDERS, true).iterator();
    }
  }
}
