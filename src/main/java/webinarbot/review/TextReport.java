package webinarbot.review;

import java.time.ZoneId;
import webinarbot.domain.Change;

/** The review for a terminal: the same findings as the markdown, without the payloads. */
final class TextReport {
  private TextReport() {}

  static String render(ReviewReport r) {
    StringBuilder b = new StringBuilder();
    b.append("webinar-bot review: ").append(r.base()).append(" → ").append(r.head()).append('\n');
    b.append("planned as of ").append(ZoneTimes.utc(r.now()));
    b.append(" (").append(r.nowSource()).append(")\n\n");
    b.append(Summary.of(r)).append('\n');
    for (TalkReport t : r.talks()) {
      TalkDelta d = t.delta();
      b.append('\n').append(d.status().label()).append(": ").append(d.shown().title());
      b.append(" (").append(d.id()).append(", ").append(d.file()).append(")\n");
      for (Change c : d.changes()) {
        b.append("  ").append(c.field()).append(": ").append(c.before()).append(" → ");
        b.append(c.after()).append('\n');
      }
      b.append("  once merged: ").append(Consequences.of(t)).append('\n');
      if (!t.ics().isEmpty()) {
        b.append("  calendar: ").append(icsSummary(t)).append('\n');
      }
    }
    b.append("\nTimeline (UTC");
    r.zones().forEach(z -> b.append(", ").append(z.getId()));
    b.append("):\n");
    if (r.timeline().isEmpty()) {
      b.append("  no posts planned\n");
    }
    for (TimelineRow row : r.timeline()) {
      b.append("  ").append(ZoneTimes.in(row.at(), ZoneId.of("UTC")));
      r.zones().forEach(z -> b.append(" | ").append(ZoneTimes.in(row.at(), z)));
      b.append("  ").append(row.kind()).append("  ").append(row.talkId());
      b.append("  ").append(row.channels()).append('\n');
    }
    b.append("\nLint, introduced by this change:\n");
    if (r.introduced().isEmpty()) {
      b.append("  none\n");
    }
    r.introduced().forEach(d -> b.append("  ").append(d.format()).append('\n'));
    return b.toString();
  }

  private static String icsSummary(TalkReport t) {
    boolean removed = t.ics().stream().noneMatch(l -> l.startsWith("+") || l.startsWith(" "));
    boolean added = t.ics().stream().noneMatch(l -> l.startsWith("-") || l.startsWith(" "));
    if (added) {
      return "entry added";
    }
    return removed ? "entry removed" : "entry updated";
  }
}
