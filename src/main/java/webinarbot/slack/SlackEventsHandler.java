package webinarbot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.http.HttpLimits;
import webinarbot.http.PlainResponses;
import webinarbot.http.RequestBody;

/**
 * {@code POST /slack/events}: reads the body within {@link HttpLimits} (413 too large, 408 too
 * slow), checks Slack's signature over those raw bytes (401, one short log line), and only then
 * hands the request to Bolt's transport-free {@link App#run} and writes Bolt's answer back. Nothing
 * unsigned is ever parsed, and no body is ever logged.
 */
public final class SlackEventsHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);

  private static final String REJECTED = "{\"error\":\"invalid request\"}";

  private final App app;
  private final SlackRequestParser parser;
  private final SignatureCheck signatures;
  private final HttpLimits limits;

  public SlackEventsHandler(App app, String signingSecret, Clock clock, HttpLimits limits) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures = new SignatureCheck(signingSecret, clock);
    this.limits = limits;
  }

  @Override
  public boolean handle(
      Request request, org.eclipse.jetty.server.Response response, Callback callback) {
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      PlainResponses.send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use POST\n");
      return true;
    }
    RequestBody.read(request, limits, outcome -> answer(request, response, callback, outcome));
    return true;
  }

  private void answer(
      Request request,
      org.eclipse.jetty.server.Response response,
      Callback callback,
      RequestBody.Outcome outcome) {
    if (outcome instanceof RequestBody.Complete body) {
      answer(request, response, callback, body.bytes());
    } else if (outcome instanceof RequestBody.TooLarge tooLarge) {
      LOG.info(
          "Refused a request from {}: body over {} bytes",
          Request.getRemoteAddr(request),
          tooLarge.maxBytes());
      refuse(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "too large\n");
    } else if (outcome instanceof RequestBody.TooSlow) {
      LOG.info(
          "Refused a request from {}: body not complete within {} s",
          Request.getRemoteAddr(request),
          limits.bodyTimeout().toSeconds());
      refuse(response, callback, HttpStatus.REQUEST_TIMEOUT_408, "request body too slow\n");
    } else if (outcome instanceof RequestBody.Broken broken) {
      callback.failed(broken.cause()); // the client is gone; Jetty closes the connection
    }
  }

  /** The rest of the body is never read, so the connection cannot be reused. */
  private static void refuse(
      org.eclipse.jetty.server.Response response, Callback callback, int status, String text) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    PlainResponses.send(response, callback, status, text);
  }

  private void answer(
      Request request, org.eclipse.jetty.server.Response response, Callback callback, byte[] raw) {
    Optional<String> rejected =
        signatures.rejection(
            request.getHeaders().get(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
            request.getHeaders().get(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
            raw);
    Response answer;
    if (rejected.isPresent()) {
      LOG.info(
          "Rejected a Slack request from {}: {}", Request.getRemoteAddr(request), rejected.get());
      answer = Response.json(HttpStatus.UNAUTHORIZED_401, REJECTED);
    } else {
      answer = run(request, new String(raw, StandardCharsets.UTF_8));
    }
    answer
        .getHeaders()
        .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    PlainResponses.write(
        response,
        callback,
        answer.getStatusCode(),
        answer.getContentType(),
        answer.getBody() == null ? "" : answer.getBody());
  }

  /** A request Slack signed: Bolt parses it and runs the handler it is for. */
  private Response run(Request request, String body) {
    com.slack.api.bolt.request.Request<?> boltRequest;
    try {
      boltRequest =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(request.getHttpURI().getPath())
                  .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
                  .headers(new RequestHeaders(headers(request)))
                  .requestBody(body)
                  .remoteAddress(Request.getRemoteAddr(request))
                  .build());
    } catch (RuntimeException e) { // Gson on malformed JSON; its message quotes the body
      LOG.warn("A signed Slack request could not be read ({})", e.getClass().getSimpleName());
      return Response.json(HttpStatus.BAD_REQUEST_400, REJECTED);
    }
    if (boltRequest == null) {
      LOG.warn("A signed Slack request of a kind the bot does not know was ignored");
      return Response.json(HttpStatus.BAD_REQUEST_400, REJECTED);
    }
    try {
      return app.run(boltRequest);
    } catch (Exception e) {
      // Bolt's handlers answer users themselves; reaching here is a bug, logged, never shown.
      LOG.error("Slack request failed", e);
      return Response.builder().statusCode(500).body("internal error").build();
    }
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> map = new HashMap<>();
    for (HttpField f : request.getHeaders()) {
      map.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    }
    return map;
  }
}
