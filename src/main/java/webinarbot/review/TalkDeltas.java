package webinarbot.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import webinarbot.content.Diagnostic;
import webinarbot.domain.Change;
import webinarbot.domain.Webinar;

/**
 * Pairs the talks of base and head by id and says what became of each; unchanged ones are left out.
 */
final class TalkDeltas {
  private TalkDeltas() {}

  static List<TalkDelta> between(LoadedSide base, LoadedSide head) {
    TreeSet<String> ids = new TreeSet<>(base.result().catalogue().ids());
    ids.addAll(head.result().catalogue().ids());
    List<TalkDelta> out = new ArrayList<>();
    Set<String> broken = new HashSet<>();
    head.result().diagnostics().stream()
        .filter(Diagnostic::isError)
        .forEach(d -> broken.add(head.shown(d.file())));
    for (String id : ids) {
      Optional<Webinar> b = base.result().catalogue().find(id);
      Optional<Webinar> a = head.result().catalogue().find(id);
      if (b.isEmpty()) {
        out.add(delta(id, TalkDelta.Status.ADDED, b, a, head.shown(a.get().source()), List.of()));
      } else if (a.isEmpty()) {
        String file = base.shown(b.get().source());
        TalkDelta.Status s =
            broken.contains(file) ? TalkDelta.Status.BROKEN : TalkDelta.Status.REMOVED;
        out.add(delta(id, s, b, a, file, List.of()));
      } else {
        String fileBefore = base.shown(b.get().source());
        String fileAfter = head.shown(a.get().source());
        List<Change> changes = FieldChanges.between(b.get(), a.get(), fileBefore, fileAfter);
        if (!changes.isEmpty()) {
          TalkDelta.Status s =
              a.get().cancelled() && !b.get().cancelled()
                  ? TalkDelta.Status.CANCELLED
                  : TalkDelta.Status.CHANGED;
          out.add(delta(id, s, b, a, fileAfter, changes));
        }
      }
    }
    return out;
  }

  private static TalkDelta delta(
      String id,
      TalkDelta.Status s,
      Optional<Webinar> b,
      Optional<Webinar> a,
      String file,
      List<Change> changes) {
    return new TalkDelta(id, s, b, a, file, changes);
  }
}
