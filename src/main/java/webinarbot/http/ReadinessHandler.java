package webinarbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import webinarbot.http.ReadinessCheck.Result;

/**
 * {@code /readyz}: 200 when every check passes, 503 when one fails, with a JSON body naming each
 * check so an operator sees which one:
 *
 * <pre>{"status":"ready","checks":{"database":{"ready":true,"detail":"H2 answers"}}}</pre>
 *
 * {@code node} adds facts about this replica (its role, once there is one) under {@code "node"}.
 */
final class ReadinessHandler extends Handler.Abstract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadinessProbe probe;
  private final Supplier<Map<String, String>> node;

  ReadinessHandler(ReadinessProbe probe, Supplier<Map<String, String>> node) {
    this.probe = probe;
    this.node = node;
  }

  /** Jetty stops route handlers with the server; the probe's threads go with it. */
  @Override
  protected void doStop() throws Exception {
    probe.close();
    super.doStop();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback)
      throws JsonProcessingException {
    ReadinessProbe.Report report = probe.run();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.ready() ? "ready" : "not ready");
    Map<String, Object> checks = new LinkedHashMap<>();
    for (Map.Entry<String, Result> e : report.checks().entrySet()) {
      checks.put(
          e.getKey(), Map.of("ready", e.getValue().ready(), "detail", e.getValue().detail()));
    }
    body.put("checks", checks);
    Map<String, String> facts = node.get();
    if (!facts.isEmpty()) {
      body.put("node", facts);
    }
    response.getHeaders().put("Cache-Control", "no-store");
    PlainResponses.write(
        response,
        callback,
        report.ready() ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
        "application/json",
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n");
    return true;
  }
}
