package webinarbot.review;

import java.util.List;
import java.util.Optional;
import webinarbot.domain.Change;
import webinarbot.domain.Webinar;

/**
 * What a change does to one talk.
 *
 * @param before the talk in the base, if it was there (and readable)
 * @param after the talk in the head, if it is there (and readable)
 * @param file the page's path in the repository (the head's, unless removed)
 * @param changes the fields that differ, old → new (empty for an added or removed talk)
 */
record TalkDelta(
    String id,
    Status status,
    Optional<Webinar> before,
    Optional<Webinar> after,
    String file,
    List<Change> changes) {

  /** What became of the talk. */
  enum Status {
    ADDED("new"),
    CHANGED("changed"),
    CANCELLED("cancelled"),
    REMOVED("removed"),
    /** The head's page has errors: the running bot keeps the base version until it is fixed. */
    BROKEN("has errors, kept as before");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  TalkDelta {
    changes = List.copyOf(changes);
  }

  /** True when its time changed: "moved" in the summary. */
  boolean moved() {
    return changes.stream().anyMatch(c -> c.field().equals("time"));
  }

  /** The version a reader will see: the head's, else the base's. */
  Webinar shown() {
    return after.or(() -> before).orElseThrow();
  }
}
