package webinarbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;

/**
 * What {@code preview --platform discord} prints: the {@code content}, {@code embeds}, {@code
 * components} and {@code allowed_mentions} of the body JDA sends for a post, taken from JDA's own
 * serialisation so the preview cannot drift from what goes out.
 */
public final class DiscordRenderer implements PostRenderer {
  private static final List<String> FIELDS =
      List.of("content", "embeds", "components", "allowed_mentions");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final DiscordPosts posts;

  /** Posts with only the Google Calendar link (no {@code http.public_url}). */
  public DiscordRenderer() {
    this(CalendarLinks.GOOGLE_ONLY);
  }

  public DiscordRenderer(CalendarLinks calendar) {
    this.posts = new DiscordPosts(calendar);
  }

  @Override
  public String platform() {
    return "discord";
  }

  @Override
  public String render(Post post) {
    return json(posts.compose(post));
  }

  /** The four fields of a message body, nested keys sorted so output is stable. */
  static String json(DiscordMessage message) {
    try (MessageCreateData data = message.toCreateData()) {
      JsonNode body = JSON.readTree(data.toData().toJson());
      ObjectNode out = JSON.createObjectNode();
      for (String field : FIELDS) {
        out.set(field, JSON.valueToTree(sorted(JSON.treeToValue(body.get(field), Object.class))));
      }
      return JSON.writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DiscordRenderer::sorted).toList();
    }
    return value;
  }
}
