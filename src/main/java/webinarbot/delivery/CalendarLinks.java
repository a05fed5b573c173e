package webinarbot.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import webinarbot.domain.EventTime;
import webinarbot.domain.Webinar;

/**
 * "Add to calendar" in one click: Google Calendar's event template ({@code render?action=TEMPLATE})
 * with the title, the dates (UTC, or whole days for an all-day talk), a line of details and the
 * location, short enough for every platform's button (Discord takes 512 characters).
 */
public final class CalendarLinks {
  private static final String GOOGLE = "https://calendar.google.com/calendar/render";
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int MAX_LENGTH = 512;

  private CalendarLinks() {}

  public static URI google(Webinar w) {
    String join = w.links().event().or(w.links()::register).orElse(w.pageUrl()).toString();
    String where = w.place().orElse(join);
    String title = w.title();
    for (int room = title.length(); ; room = room / 2) {
      String url =
          GOOGLE
              + "?action=TEMPLATE&text="
              + encode(title.length() > room ? title.substring(0, room) + "…" : title)
              + "&dates="
              + dates(w.time())
              + "&details="
              + encode(w.pageUrl().toString())
              + "&location="
              + encode(where);
      if (url.length() <= MAX_LENGTH || room == 0) {
        return URI.create(
            url.length() <= MAX_LENGTH
                ? url
                : GOOGLE
                    + "?action=TEMPLATE&text="
                    + encode("Webinar")
                    + "&dates="
                    + dates(w.time()));
      }
    }
  }

  /** {@code START/END}: UTC instants, or for an all-day talk its days, the end exclusive. */
  private static String dates(EventTime t) {
    if (t.allDay()) {
      return DAY.format(t.date()) + "/" + DAY.format(t.lastDay().plusDays(1));
    }
    return UTC.format(t.startInstant()) + "/" + UTC.format(t.effectiveEnd());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
