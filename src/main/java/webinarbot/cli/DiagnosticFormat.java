package webinarbot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.content.Skipped;

/** How {@code lint} prints what it found. */
enum DiagnosticFormat {
  TEXT {
    @Override
    String render(LoadResult r, boolean verbose) {
      StringBuilder b = new StringBuilder();
      r.diagnostics().forEach(d -> b.append(d.format()).append('\n'));
      if (verbose) {
        r.skipped().forEach(s -> b.append(s.format()).append('\n'));
      }
      return b.append(summary(r)).append('\n').toString();
    }
  },
  JSON {
    @Override
    String render(LoadResult r, boolean verbose) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", r.pages());
      m.put("webinars", r.catalogue().size());
      m.put("errors", r.errorCount());
      m.put("warnings", r.warningCount());
      Map<String, Object> byReason = new LinkedHashMap<>();
      r.skippedByReason().forEach((k, v) -> byReason.put(k.label(), v));
      m.put("skipped", byReason);
      m.put("outside", r.outside());
      List<Map<String, Object>> ds =
          r.diagnostics().stream()
              .map(
                  d -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("file", d.file());
                    x.put("line", d.line());
                    x.put("column", d.column());
                    x.put("severity", d.severity().label());
                    x.put("field", d.field());
                    x.put("message", d.message());
                    return x;
                  })
              .toList();
      m.put("diagnostics", ds);
      m.put(
          "skippedPages",
          r.skipped().stream()
              .map(
                  s -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("file", s.file());
                    x.put("reason", s.reason().label());
                    x.put("detail", s.detail());
                    return x;
                  })
              .toList());
      return Json.write(m) + "\n";
    }
  },
  GITHUB {
    @Override
    String render(LoadResult r, boolean verbose) {
      StringBuilder b = new StringBuilder();
      for (Diagnostic d : r.diagnostics()) {
        b.append("::").append(d.severity().label());
        b.append(" file=").append(property(d.file()));
        b.append(",line=").append(d.line()).append(",col=").append(d.column());
        b.append(",title=")
            .append(property("webinar-bot " + (d.field().isEmpty() ? "lint" : d.field())));
        b.append("::").append(data(d.message())).append('\n');
      }
      if (verbose) {
        for (Skipped s : r.skipped()) {
          b.append("::notice file=").append(property(s.file()));
          b.append(",title=").append(property("webinar-bot skipped"));
          b.append("::")
              .append(data(s.reason().label() + (s.detail().isEmpty() ? "" : ": " + s.detail())));
          b.append('\n');
        }
      }
      return b.append(summary(r)).append('\n').toString();
    }
  };

  abstract String render(LoadResult r, boolean verbose);

  String render(LoadResult r) {
    return render(r, false);
  }

  /**
   * {@code 25 page(s), 24 webinar(s), 0 error(s), 6 warning(s); 1 skipped: 1 section page}: every
   * page of the talk sections that is not a talk is counted by reason.
   */
  static String summary(LoadResult r) {
    StringBuilder b =
        new StringBuilder()
            .append(r.pages())
            .append(" page(s), ")
            .append(r.catalogue().size())
            .append(" webinar(s), ")
            .append(r.errorCount())
            .append(" error(s), ")
            .append(r.warningCount())
            .append(" warning(s)");
    Map<Skipped.Reason, Integer> skipped = r.skippedByReason();
    if (!skipped.isEmpty()) {
      b.append("; ").append(r.skipped().size()).append(" skipped: ");
      StringJoiner j = new StringJoiner(", ");
      skipped.forEach((reason, n) -> j.add(reason.count(n)));
      b.append(j);
    }
    if (r.outside() > 0) {
      b.append("; ").append(r.outside()).append(" other page(s) outside content.sections");
    }
    return b.toString();
  }

  /** GitHub workflow command escaping for the message. */
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub workflow command escaping for a property value. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
