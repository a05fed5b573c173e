package webinarbot.http;

import java.net.URI;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * The DESCRIPTION of a calendar entry: the page's text without markdown, then the speakers, then
 * every link, so a calendar app shows everything needed to join without opening the page.
 */
final class CalendarDescription {
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
  private static final Map<String, String> LINK_LABELS =
      Map.of(
          "video", "Video",
          "slides_pdf", "Slides (PDF)",
          "slides", "Slides",
          "event", "Event",
          "register", "Register");

  private CalendarDescription() {}

  static String of(Webinar w) {
    StringBuilder b = new StringBuilder();
    String text = plain(w.description());
    if (!text.isEmpty()) {
      b.append(text).append("\n\n");
    }
    if (!w.speakers().isEmpty()) {
      b.append(w.speakers().size() == 1 ? "Speaker:\n" : "Speakers:\n");
      for (Speaker s : w.speakers()) {
        b.append("- ").append(s.displayName()).append('\n');
      }
      b.append('\n');
    }
    for (Map.Entry<String, URI> link : w.links().byName().entrySet()) {
      b.append(LINK_LABELS.get(link.getKey())).append(": ").append(link.getValue()).append('\n');
    }
    for (Button button : w.buttons()) {
      if (!w.links().byName().containsValue(button.url())) {
        b.append(button.label()).append(": ").append(button.url()).append('\n');
      }
    }
    b.append("Page: ").append(w.pageUrl());
    return b.toString();
  }

  private static String plain(String markdown) {
    return TEXT.render(MARKDOWN.parse(markdown)).strip();
  }
}
