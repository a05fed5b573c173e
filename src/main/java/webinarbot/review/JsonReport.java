package webinarbot.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webinarbot.content.Diagnostic;
import webinarbot.delivery.Target;
import webinarbot.domain.Change;
import webinarbot.schedule.PlanEntry;

/** The review as plain maps and lists, for {@code --format json}. */
final class JsonReport {
  private JsonReport() {}

  static Map<String, Object> of(ReviewReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("base", r.base());
    m.put("head", r.head());
    m.put("now", r.now().toString());
    m.put("nowSource", r.nowSource());
    m.put("summary", Summary.of(r));
    m.put("talks", r.talks().stream().map(JsonReport::talk).toList());
    List<Object> timeline = new ArrayList<>();
    for (TimelineRow row : r.timeline()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("at", row.at().toString());
      Map<String, Object> local = new LinkedHashMap<>();
      r.zones()
          .forEach(z -> local.put(z.getId(), row.at().atZone(z).toOffsetDateTime().toString()));
      t.put("local", local);
      t.put("kind", row.kind());
      t.put("id", row.talkId());
      t.put("targets", keys(row.targets()));
      timeline.add(t);
    }
    m.put("timeline", timeline);
    m.put("introduced", r.introduced().stream().map(JsonReport::diagnostic).toList());
    m.put("bringsErrors", r.bringsErrors());
    return m;
  }

  private static Map<String, Object> talk(TalkReport t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.delta().id());
    m.put("status", t.delta().status().name().toLowerCase(java.util.Locale.ROOT));
    m.put("title", t.delta().shown().title());
    m.put("file", t.delta().file());
    List<Object> changes = new ArrayList<>();
    for (Change c : t.delta().changes()) {
      Map<String, Object> ch = new LinkedHashMap<>();
      ch.put("field", c.field());
      ch.put("before", c.before());
      ch.put("after", c.after());
      changes.add(ch);
    }
    m.put("changes", changes);
    m.put("planned", t.forecast().planned().stream().map(JsonReport::entry).toList());
    m.put("notice", t.forecast().notice().map(n -> n.kind().code()).orElse(null));
    m.put("told", keys(t.forecast().told()));
    m.put("edited", t.forecast().edited().stream().map(JsonReport::entry).toList());
    m.put("dropped", t.forecast().dropped().stream().map(JsonReport::entry).toList());
    m.put("ics", t.ics());
    return m;
  }

  private static Map<String, Object> entry(PlanEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("kind", e.post().kind().code());
    m.put("targets", keys(e.targets()));
    return m;
  }

  private static Map<String, Object> diagnostic(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.file());
    m.put("line", d.line());
    m.put("column", d.column());
    m.put("severity", d.severity().label());
    m.put("field", d.field());
    m.put("message", d.message());
    return m;
  }

  private static List<String> keys(List<Target> targets) {
    return targets.stream().map(Target::key).toList();
  }
}
