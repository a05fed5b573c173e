package webinarbot.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import webinarbot.domain.PostKind;

/** {@code --kind KIND} of {@code preview} and {@code announce}: read, or refused with the list. */
final class KindOption {
  private KindOption() {}

  /**
   * @param reminders the configured leads, whose reminders are listed by name
   * @param digest whether {@code digest} is one of the kinds here
   */
  static PostKind parse(String kind, List<Duration> reminders, boolean digest) {
    return PostKind.parse(kind)
        .filter(k -> digest || k.type() != PostKind.Type.DIGEST)
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
    List<String> names = new ArrayList<>();
    names.add(PostKind.ANNOUNCEMENT.code());
    reminders.stream()
        .filter(lead -> !lead.isZero())
        .map(lead -> PostKind.reminder(lead).code())
        .forEach(names::add);
    names.add(PostKind.STARTING.code());
    names.add(PostKind.UPDATE.code());
    names.add(PostKind.CANCELLATION.code());
    names.add(PostKind.FOLLOW_UP.code());
    if (digest) {
      names.add(PostKind.DIGEST.code());
    }
    return names;
  }
}
