package webinarbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A rendered Slack message: the notification {@code text} and the {@code blocks}. The blocks JSON
 * made here is the very string sent to {@code chat.postMessage}, so previews show what is sent.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  private static final Gson GSON = GsonFactory.createSnakeCase();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SlackMessage {
    blocks = List.copyOf(blocks);
    if (blocks.size() > SlackLimits.BLOCKS) {
      throw new IllegalArgumentException(blocks.size() + " blocks; Slack takes at most 50");
    }
    text = SlackLimits.fit(text, SlackLimits.FALLBACK_TEXT);
  }

  /** The {@code blocks} argument of {@code chat.postMessage} and {@code chat.update}. */
  public String blocksJson() {
    return GSON.toJson(blocks);
  }

  /** {@code {"text": …, "blocks": […]}}, indented, as {@code preview} prints it. */
  public String toJson() {
    try {
      ObjectNode root = JSON.createObjectNode();
      root.put("text", text);
      root.set("blocks", JSON.readTree(blocksJson()));
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Gson wrote JSON that Jackson cannot read", e);
    }
  }
}
