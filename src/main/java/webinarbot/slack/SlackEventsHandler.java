package webinarbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.http.PlainResponses;

/**
 * {@code POST /slack/events}: hands each request to Bolt's transport-free {@link App#run} and
 * writes Bolt's answer back. Signatures are checked inside Bolt by {@link SignatureCheck}.
 */
public final class SlackEventsHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);

  /** Slack's payloads are small; anything this big is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final App app;
  private final SlackRequestParser parser;

  public SlackEventsHandler(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public boolean handle(
      Request request, org.eclipse.jetty.server.Response response, Callback callback)
      throws Exception {
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put("Allow", "POST");
      PlainResponses.send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use POST\n");
      return true;
    }
    if (request.getLength() > MAX_BODY_BYTES) {
      PlainResponses.send(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "too large\n");
      return true;
    }
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    Response answer = run(request, body);
    answer
        .getHeaders()
        .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    PlainResponses.write(
        response,
        callback,
        answer.getStatusCode(),
        answer.getContentType(),
        answer.getBody() == null ? "" : answer.getBody());
    return true;
  }

  private Response run(Request request, String body) {
    try {
      var boltRequest =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(request.getHttpURI().getPath())
                  .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
                  .headers(new RequestHeaders(headers(request)))
                  .requestBody(body)
                  .remoteAddress(Request.getRemoteAddr(request))
                  .build());
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
