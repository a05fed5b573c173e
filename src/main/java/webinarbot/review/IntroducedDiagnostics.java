package webinarbot.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webinarbot.content.Diagnostic;

/**
 * The head's lint diagnostics that the base did not have: a problem is the same one when it is in
 * the same file with the same severity, key and message, wherever its line moved to.
 */
final class IntroducedDiagnostics {
  private IntroducedDiagnostics() {}

  /** The new diagnostics, their files shown as repository paths. */
  static List<Diagnostic> of(LoadedSide base, LoadedSide head) {
    Map<List<Object>, Integer> old = new HashMap<>();
    for (Diagnostic d : base.result().diagnostics()) {
      old.merge(key(shown(base, d)), 1, Integer::sum);
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : head.result().diagnostics()) {
      Diagnostic s = shown(head, d);
      Integer left = old.get(key(s));
      if (left != null && left > 0) {
        old.put(key(s), left - 1);
      } else {
        out.add(s);
      }
    }
    return out.stream().sorted(Diagnostic.ORDER).toList();
  }

  private static Diagnostic shown(LoadedSide side, Diagnostic d) {
    return new Diagnostic(
        side.shown(d.file()),
        d.line(),
        d.column(),
        d.severity(),
        d.field(),
        d.message().replace(side.tree() + "/", ""));
  }

  private static List<Object> key(Diagnostic d) {
    return List.of(d.file(), d.severity(), d.field(), d.message());
  }
}
