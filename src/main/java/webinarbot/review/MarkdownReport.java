package webinarbot.review;

import java.time.ZoneId;
import java.util.List;
import webinarbot.content.Diagnostic;
import webinarbot.domain.Change;

/**
 * The review as a pull request comment: a one-line summary, a section per talk (fields old → new,
 * what the bot will do, the plain-text post, the Slack and Discord payloads folded away, the
 * calendar change), the timeline, and the new lint problems. It carries no time of its own, so a
 * re-run over the same change gives the same text and the workflow can update its comment.
 */
final class MarkdownReport {
  /** Where the workflow finds its comment again. */
  static final String MARKER = "<!-- webinar-bot-review -->";

  /** Enough for any pull request a human reviews; the rest is counted (a comment holds 65,536). */
  static final int MAX_TALKS = 25;

  static final int MAX_ROWS = 60;
  private static final int FIRST_LINES = 12;

  private final ReviewReport r;
  private final StringBuilder b = new StringBuilder();

  private MarkdownReport(ReviewReport r) {
    this.r = r;
  }

  static String render(ReviewReport r) {
    return new MarkdownReport(r).all();
  }

  private String all() {
    b.append(MARKER).append('\n');
    b.append("## webinar-bot review\n\n");
    b.append("**").append(MarkdownText.inline(Summary.of(r))).append("**\n\n");
    b.append("Compared ").append(MarkdownText.code(r.base()));
    b.append(" with ").append(MarkdownText.code(r.head())).append("; ");
    b.append("posts are planned as of ").append(ZoneTimes.utc(r.now()));
    b.append(" (").append(r.nowSource()).append(").\n");
    List<TalkReport> talks = r.talks();
    talks.stream().limit(MAX_TALKS).forEach(this::talk);
    if (talks.size() > MAX_TALKS) {
      b.append("\n…and ")
          .append(talks.size() - MAX_TALKS)
          .append(" more talks: run `webinar-bot review` for all of them.\n");
    }
    timeline();
    lint();
    return b.toString();
  }

  private void talk(TalkReport t) {
    TalkDelta d = t.delta();
    b.append("\n### ").append(capitalized(d.status().label())).append(": ");
    b.append(MarkdownText.inline(d.shown().title())).append("\n\n");
    b.append(MarkdownText.code(d.id()))
        .append(" · ")
        .append(MarkdownText.code(d.file()))
        .append('\n');
    if (!d.changes().isEmpty()) {
      b.append("\n| Field | Before | After |\n|---|---|---|\n");
      for (Change c : d.changes()) {
        b.append("| ").append(c.field()).append(" | ").append(MarkdownText.inline(c.before()));
        b.append(" | ").append(MarkdownText.inline(c.after())).append(" |\n");
      }
    }
    b.append("\n**Once merged:** ").append(MarkdownText.inline(Consequences.of(t))).append('\n');
    t.notice()
        .ifPresent(
            n ->
                b.append("\nNotice (")
                    .append(t.forecast().notice().orElseThrow().kind().code())
                    .append(", ")
                    .append(ZoneTimes.utc(r.now()))
                    .append("):\n\n")
                    .append(MarkdownText.block("text", n)));
    if (t.rendered().containsKey("text")) {
      b.append("\nPreview (").append(MarkdownText.inline(t.preview().orElse(""))).append("):\n\n");
      b.append(MarkdownText.block("text", t.rendered().get("text")));
      b.append("\n<details><summary>Slack and Discord (first lines)</summary>\n\n");
      for (String platform : List.of("slack", "discord")) {
        if (t.rendered().containsKey(platform)) {
          b.append(capitalized(platform)).append(":\n\n");
          b.append(MarkdownText.block("json", firstLines(t.rendered().get(platform))));
          b.append('\n');
        }
      }
      b.append("</details>\n");
    }
    if (!t.ics().isEmpty()) {
      b.append("\nCalendar (`webinars.ics`):\n\n");
      b.append(MarkdownText.block("diff", String.join("\n", t.ics())));
    }
  }

  private void timeline() {
    List<TimelineRow> rows = r.timeline();
    b.append("\n### Timeline\n\n");
    if (rows.isEmpty()) {
      b.append("No posts planned.\n");
      return;
    }
    b.append("| UTC |");
    r.zones().forEach(z -> b.append(' ').append(z.getId()).append(" |"));
    b.append(" Post | Talk | Channels |\n|---|");
    r.zones().forEach(z -> b.append("---|"));
    b.append("---|---|---|\n");
    for (TimelineRow row : rows.stream().limit(MAX_ROWS).toList()) {
      b.append("| ").append(ZoneTimes.in(row.at(), ZoneId.of("UTC"))).append(" |");
      r.zones().forEach(z -> b.append(' ').append(ZoneTimes.in(row.at(), z)).append(" |"));
      b.append(' ').append(row.kind()).append(" | ").append(MarkdownText.inline(row.title()));
      b.append(" | ").append(row.channels()).append(" |\n");
    }
    if (rows.size() > MAX_ROWS) {
      b.append("\n…and ").append(rows.size() - MAX_ROWS).append(" more posts.\n");
    }
  }

  private void lint() {
    b.append("\n### Lint: introduced by this change\n\n");
    if (r.introduced().isEmpty()) {
      b.append("None.\n");
      return;
    }
    for (Diagnostic d : r.introduced()) {
      b.append("- **").append(d.severity().label()).append("** ");
      b.append(MarkdownText.code(d.file() + ":" + d.line() + ":" + d.column())).append(": ");
      b.append(MarkdownText.inline(d.message())).append('\n');
    }
  }

  private static String firstLines(String payload) {
    List<String> lines = payload.lines().toList();
    String head = String.join("\n", lines.subList(0, Math.min(FIRST_LINES, lines.size())));
    return lines.size() > FIRST_LINES ? head + "\n…" : head;
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
