package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One call JDA made to the stand-in REST API.
 *
 * @param path the route below {@code /api/v10/}, such as {@code channels/13/messages}
 * @param body the JSON body, or a missing node when there was none
 */
public record RecordedRequest(String method, String path, String query, JsonNode body) {
  public RecordedRequest {
    body = body == null ? MissingNode.getInstance() : body;
  }

  public boolean is(String method, String pathRegex) {
    return this.method.equals(method) && path.matches(pathRegex);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
  }
}
