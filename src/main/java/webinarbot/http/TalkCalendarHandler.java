package webinarbot.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * {@code GET /webinars/ID.ics}: one talk as a calendar file with one VEVENT, the same UID as in
 * {@code /webinars.ics}, so adding it by hand and subscribing to the feed make one entry. Drafts,
 * talks not yet published and expired ones are not found.
 */
final class TalkCalendarHandler extends Handler.Abstract {
  private static final String PREFIX = "/webinars/";
  private static final String SUFFIX = ".ics";

  private final Supplier<Catalogue> catalogue;
  private final WebinarCalendar calendar;
  private final Clock clock;

  TalkCalendarHandler(Supplier<Catalogue> catalogue, WebinarCalendar calendar, Clock clock) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Optional<Webinar> w = talk(Request.getPathInContext(request));
    if (w.isEmpty()) {
      PlainResponses.send(response, callback, HttpStatus.NOT_FOUND_404, "no such webinar\n");
      return true;
    }
    response
        .getHeaders()
        .put("Content-Disposition", "attachment; filename=\"" + fileName(w.get()) + "\"");
    PlainResponses.write(
        response,
        callback,
        HttpStatus.OK_200,
        CalendarHandler.CONTENT_TYPE,
        calendar.render(List.of(w.get())));
    return true;
  }

  private Optional<Webinar> talk(String path) {
    if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String id =
        URLDecoder.decode(
            path.substring(PREFIX.length(), path.length() - SUFFIX.length()),
            StandardCharsets.UTF_8);
    return catalogue.get().find(id).filter(w -> w.isVisible(clock.instant()));
  }

  /** The id, reduced to characters every file system and header takes. */
  private static String fileName(Webinar w) {
    return w.id().replaceAll("[^A-Za-z0-9._-]", "_") + SUFFIX;
  }
}
