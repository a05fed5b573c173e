package webinarbot.review;

import java.util.List;
import java.util.Optional;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.schedule.Plan;
import webinarbot.schedule.PlanEntry;

/**
 * What the bot will do about one talk once the change is merged.
 *
 * @param planned the announcements and reminders still to come, with their channels
 * @param skipped posts that were due and will not go out, with the reason
 * @param notice the update notice, cancellation or follow-up posted at once to {@code told}
 * @param told the channels that already heard about the talk
 * @param edited the messages posted earlier that are edited in place, one per post and channel
 * @param dropped the base's posts still to come that will not be made (the talk is cancelled or
 *     gone)
 */
record TalkForecast(
    List<PlanEntry> planned,
    List<Plan.Skip> skipped,
    Optional<Post.About> notice,
    List<Target> told,
    List<PlanEntry> edited,
    List<PlanEntry> dropped) {
  static final TalkForecast NOTHING =
      new TalkForecast(List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of());

  TalkForecast {
    planned = List.copyOf(planned);
    skipped = List.copyOf(skipped);
    told = List.copyOf(told);
    edited = List.copyOf(edited);
    dropped = List.copyOf(dropped);
  }

  /** Planned posts counted once per channel. */
  int postCount() {
    return planned.stream().mapToInt(e -> e.targets().size()).sum();
  }

  /** Messages edited in place. */
  int editCount() {
    return edited.stream().mapToInt(e -> e.targets().size()).sum();
  }
}
