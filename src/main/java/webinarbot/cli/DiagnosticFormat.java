package webinarbot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;

/** How {@code lint} prints what it found. */
enum DiagnosticFormat {
  TEXT {
    @Override
    String render(LoadResult r) {
      StringBuilder b = new StringBuilder();
      r.diagnostics().forEach(d -> b.append(d.format()).append('\n'));
      return b.append(summary(r)).append('\n').toString();
    }
  },
  JSON {
    @Override
    String render(LoadResult r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", r.pages());
      m.put("webinars", r.catalogue().size());
      m.put("errors", r.errorCount());
      m.put("warnings", r.warningCount());
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
      return Json.write(m) + "\n";
    }
  },
  GITHUB {
    @Override
    String render(LoadResult r) {
      StringBuilder b = new StringBuilder();
      for (Diagnostic d : r.diagnostics()) {
        b.append("::").append(d.severity().label());
        b.append(" file=").append(property(d.file()));
        b.append(",line=").append(d.line()).append(",col=").append(d.column());
        b.append(",title=")
            .append(property("webinar-bot " + (d.field().isEmpty() ? "lint" : d.field())));
        b.append("::").append(data(d.message())).append('\n');
      }
      return b.append(summary(r)).append('\n').toString();
    }
  };

  abstract String render(LoadResult r);

  static String summary(LoadResult r) {
    return r.pages()
        + " page(s), "
        + r.catalogue().size()
        + " webinar(s), "
        + r.errorCount()
        + " error(s), "
        + r.warningCount()
        + " warning(s)";
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
