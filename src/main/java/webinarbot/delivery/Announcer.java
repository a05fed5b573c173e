package webinarbot.delivery;

import java.util.List;
import webinarbot.domain.PostKind;

/** Posts an announcement now, through the same ledger as scheduled posts. */
public interface Announcer {
  /**
   * Posts {@code kind} about a webinar to every configured target that has not received it in this
   * revision yet.
   */
  Outcome announce(String webinarId, PostKind kind, boolean dryRun);

  /**
   * @param posted target keys posted to now (or that would be, in a dry run)
   * @param alreadyPosted target keys that had this post already
   * @param failed target keys with the reason, one line each
   */
  record Outcome(List<String> posted, List<String> alreadyPosted, List<String> failed) {
    public Outcome {
      posted = List.copyOf(posted);
      alreadyPosted = List.copyOf(alreadyPosted);
      failed = List.copyOf(failed);
    }
  }
}
