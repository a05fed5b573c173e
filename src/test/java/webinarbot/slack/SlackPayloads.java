package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks on rendered Slack payloads that hold for every message the bot can send. */
final class SlackPayloads {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The only angle-bracket tokens the bot writes itself: date tokens and web links. */
  private static final Pattern OWN_TOKENS =
      Pattern.compile("<(?:!date\\^\\d+\\^[^<>|]*\\|[^<>]*|https?://[^<>|\\s]+(?:\\|[^<>]*)?)>");

  private static final Pattern BROADCAST_WORD =
      Pattern.compile("@(everyone|here|channel)\\b", Pattern.CASE_INSENSITIVE);

  private SlackPayloads() {}

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** Every string in the payload, wherever it is. */
  static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.elements().forEachRemaining(child -> collect(child, out));
  }

  /**
   * Nothing in the payload can notify anyone: no {@code <!channel>}, {@code <!here>}, {@code
   * <!everyone>}, {@code <@U…>}, {@code <!subteam^…>}, and no bare {@code @everyone} words.
   */
  static void assertMentionFree(String payloadJson) {
    for (String s : strings(parse(payloadJson))) {
      String withoutOwnTokens = OWN_TOKENS.matcher(s).replaceAll("");
      assertThat(withoutOwnTokens)
          .as("text with a raw < or >: %s", s)
          .doesNotContain("<")
          .doesNotContain(">");
      assertThat(BROADCAST_WORD.matcher(s).find()).as("a broadcast word in: %s", s).isFalse();
      assertThat(s.toLowerCase(Locale.ROOT))
          .doesNotContain("<!channel")
          .doesNotContain("<!here")
          .doesNotContain("<!everyone")
          .doesNotContain("<@")
          .doesNotContain("<!subteam");
    }
  }

  /** Slack's Block Kit limits, all of them that the bot's blocks can reach. */
  static void assertWithinLimits(String payloadJson) {
    JsonNode root = parse(payloadJson);
    JsonNode blocks = root.get("blocks");
    assertThat(blocks.size()).as("blocks").isLessThanOrEqualTo(50);
    assertThat(root.get("text").asText().length()).as("text").isLessThanOrEqualTo(3000);
    for (JsonNode b : blocks) {
      String type = b.get("type").asText();
      Map<String, Integer> limits = Map.of("header", 150, "section", 3000, "context", 3000);
      if (b.has("text")) {
        assertThat(b.at("/text/text").asText().length())
            .as(type + " text")
            .isLessThanOrEqualTo(limits.get(type));
      }
      for (JsonNode e : b.path("elements")) {
        if (e.path("type").asText().equals("button")) {
          assertThat(e.at("/text/text").asText().length())
              .as("button text")
              .isLessThanOrEqualTo(75);
          if (e.has("url")) {
            assertThat(e.get("url").asText().length()).as("button url").isLessThanOrEqualTo(3000);
          } else {
            assertThat(e.get("value").asText().length())
                .as("button value")
                .isLessThanOrEqualTo(2000);
          }
        }
      }
      assertThat(b.path("elements").size()).as("elements of " + type).isLessThanOrEqualTo(25);
    }
  }
}
