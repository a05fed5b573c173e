package webinarbot.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * {@code /webinars.ics}: the upcoming webinars for calendar apps. The ETag is a fingerprint of
 * which webinars are listed and what they say (not of DTSTAMP, which changes on every fetch), so a
 * client polling with {@code If-None-Match} gets a 304 until a page changes or a talk ends.
 */
final class CalendarHandler extends Handler.Abstract {
  static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
  private static final String CACHE_CONTROL = "public, max-age=300";

  private final Supplier<Catalogue> catalogue;
  private final WebinarCalendar calendar;
  private final Clock clock;

  CalendarHandler(Supplier<Catalogue> catalogue, WebinarCalendar calendar, Clock clock) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      PlainResponses.send(
          response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET or HEAD\n");
      return true;
    }
    List<Webinar> upcoming = catalogue.get().upcoming(clock.instant());
    String etag = etag(upcoming);
    response.getHeaders().put(HttpHeader.ETAG, etag);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
    String ifNoneMatch = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
    if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      callback.succeeded();
      return true;
    }
    // For HEAD Jetty sends the headers (with the length) and drops the body.
    PlainResponses.write(
        response, callback, HttpStatus.OK_200, CONTENT_TYPE, calendar.render(upcoming));
    return true;
  }

  private String etag(List<Webinar> upcoming) {
    StringBuilder b = new StringBuilder();
    for (Webinar w : upcoming) {
      b.append(calendar.uid(w)).append(' ').append(w.revision()).append('\n');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
