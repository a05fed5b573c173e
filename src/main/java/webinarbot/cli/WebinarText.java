package webinarbot.cli;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.WebinarTimes;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** Webinars as text for a terminal: one line each for {@code list}, in full for {@code show}. */
final class WebinarText {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  private WebinarText() {}

  static String line(Webinar w) {
    String when =
        w.time().allDay() ? w.time().date() + " all day     " : WHEN.format(w.time().start());
    String flags = (w.draft() ? " [draft]" : "") + (w.cancelled() ? " [cancelled]" : "");
    return when + "  " + w.id() + "  " + w.title() + flags;
  }

  static String lines(List<Webinar> webinars) {
    StringBuilder b = new StringBuilder();
    webinars.forEach(w -> b.append(line(w)).append('\n'));
    return b.toString();
  }

  static String full(Webinar w, CalendarLinks calendar) {
    StringBuilder b = new StringBuilder();
    b.append(w.title()).append('\n');
    b.append("id:       ").append(w.id()).append('\n');
    b.append("when:     ").append(WebinarTimes.describe(w.time())).append('\n');
    w.location().ifPresent(l -> b.append("where:    ").append(l).append('\n'));
    b.append("page:     ").append(w.pageUrl()).append('\n');
    b.append("source:   ").append(w.source()).append('\n');
    if (w.draft() || w.cancelled()) {
      b.append("status:   ")
          .append(w.draft() ? "draft " : "")
          .append(w.cancelled() ? "cancelled" : "");
      b.append('\n');
    }
    w.publishDate().ifPresent(p -> b.append("publish:  ").append(p).append('\n'));
    w.expiryDate().ifPresent(p -> b.append("expires:  ").append(p).append('\n'));
    for (Map.Entry<String, URI> l : w.links().byName().entrySet()) {
      b.append(String.format(Locale.ROOT, "%-10s", l.getKey() + ":")).append(l.getValue());
      b.append('\n');
    }
    for (Button btn : w.buttons()) {
      b.append("button:   ").append(btn.label()).append(" <").append(btn.url()).append(">\n");
    }
    if (!w.cancelled()) {
      b.append("calendar: ").append(CalendarLinks.google(w)).append('\n');
      calendar.ics(w).ifPresent(u -> b.append("ics:      ").append(u).append('\n'));
    }
    for (Speaker s : w.speakers()) {
      b.append("speaker:  ").append(s.displayName()).append('\n');
    }
    if (!w.description().isEmpty()) {
      b.append('\n').append(w.description()).append('\n');
    }
    return b.toString();
  }
}
