package webinarbot.review;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import webinarbot.domain.Webinar;
import webinarbot.http.WebinarCalendar;

/**
 * How a talk's entry in {@code /webinars.ics} changes: the feed lists upcoming talks, so a talk is
 * added, changed or dropped there. Lines are unfolded and DTSTAMP (the time of the fetch) is left
 * out, so only what a calendar app shows differs.
 */
final class IcsChange {
  private final URI siteBaseUrl;
  private final Instant now;
  private WebinarCalendar calendar;

  IcsChange(URI siteBaseUrl, Instant now) {
    this.siteBaseUrl = siteBaseUrl;
    this.now = now;
  }

  /** Made on first use: ical4j's zone registry takes a third of a second to load. */
  private WebinarCalendar calendar() {
    if (calendar == null) {
      calendar = new WebinarCalendar(siteBaseUrl, Clock.fixed(now, ZoneOffset.UTC));
    }
    return calendar;
  }

  /** The diff of the feed entry, empty when the feed does not change. */
  List<String> of(Optional<Webinar> before, Optional<Webinar> after) {
    List<String> b = event(before);
    List<String> a = event(after);
    return b.equals(a) ? List.of() : LineDiff.of(b, a);
  }

  private List<String> event(Optional<Webinar> w) {
    // A series whose first date is past is still in the feed while an occurrence is to come.
    if (w.isEmpty() || !w.get().current(now).isUpcoming(now)) {
      return List.of();
    }
    String ics = calendar().render(List.of(w.get())).replace("\r\n ", "");
    List<String> lines = ics.lines().toList();
    int start = lines.indexOf("BEGIN:VEVENT");
    int end = lines.indexOf("END:VEVENT");
    return lines.subList(start, end + 1).stream().filter(l -> !l.startsWith("DTSTAMP")).toList();
  }
}
