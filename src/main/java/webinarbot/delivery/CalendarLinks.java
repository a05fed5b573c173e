package webinarbot.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import webinarbot.domain.EventTime;
import webinarbot.domain.Webinar;

/**
 * "Add to calendar" in one click: Google Calendar's event template ({@code render?action=TEMPLATE})
 * with the title, the dates (UTC, or whole days for an all-day talk), a line of details and the
 * location, short enough for every platform's button (Discord takes 512 characters); and, when
 * {@code http.public_url} says where this bot's web server is reached, the talk's own {@code .ics}
 * ({@code GET /webinars/ID.ics}) for every other calendar app.
 */
public final class CalendarLinks {
  /** Without {@code http.public_url}: only the Google link. */
  public static final CalendarLinks GOOGLE_ONLY = new CalendarLinks(Optional.empty());

  /** The button or line labels, one wording in every chat and on the command line. */
  public static final String GOOGLE_LABEL = "Add to Google Calendar";

  public static final String ICS_LABEL = "Calendar file (.ics)";

  private static final String GOOGLE = "https://calendar.google.com/calendar/render";
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int MAX_LENGTH = 512;

  private final Optional<URI> publicUrl;

  /**
   * @param publicUrl {@code http.public_url}, ending in "/"
   */
  public CalendarLinks(Optional<URI> publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** {@code <public_url>/webinars/ID.ics}, the id percent-encoded; empty without a public URL. */
  public Optional<URI> ics(Webinar w) {
    return publicUrl.map(base -> base.resolve(icsPath(w.id())));
  }

  private static URI icsPath(String id) {
    try {
      // The multi-argument constructor quotes what a path may not hold (spaces, "?", "#", "%").
      return new URI(null, null, "webinars/" + id + ".ics", null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no calendar path for id " + id, e);
    }
  }

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
