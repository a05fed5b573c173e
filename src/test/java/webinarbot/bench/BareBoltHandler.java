package webinarbot.bench;

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
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import webinarbot.http.PlainResponses;

/**
 * The benchmark's reference adapter: a bare Bolt app served the way Bolt's own Jetty adapters do
 * it, body read whole and handed to Bolt, which checks the signature itself. Nothing of the bot's
 * (its limits, its signature check) is in the way, so the reference stays what Bolt alone costs.
 * Not for production: it trusts the client with the body's size and time.
 */
final class BareBoltHandler extends Handler.Abstract {
  private final App app;
  private final SlackRequestParser parser;

  /**
   * Bolt as its README shows it, with default middleware, posting to {@code slack}; the caller adds
   * the one listener it benchmarks.
   */
  static App bareApp(webinarbot.testing.slack.SlackApiStandIn slack, String secret) {
    return new App(
        com.slack.api.bolt.AppConfig.builder()
            .slack(webinarbot.slack.SlackClients.create(slack.apiUrl()))
            .singleTeamBotToken("xoxb-bench")
            .signingSecret(secret)
            .build());
  }

  BareBoltHandler(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public boolean handle(
      Request request, org.eclipse.jetty.server.Response response, Callback callback)
      throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField f : request.getHeaders()) {
      headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    }
    Response answer =
        app.run(
            parser.parse(
                SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getHttpURI().getPath())
                    .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
                    .headers(new RequestHeaders(headers))
                    .requestBody(Content.Source.asString(request, StandardCharsets.UTF_8))
                    .remoteAddress(Request.getRemoteAddr(request))
                    .build()));
    PlainResponses.write(
        response,
        callback,
        answer.getStatusCode(),
        answer.getContentType(),
        answer.getBody() == null ? "" : answer.getBody());
    return true;
  }
}
