package webinarbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import webinarbot.delivery.CalendarLinks;
import webinarbot.domain.Webinar;

/** A webinar in full below its heading: description, speakers and link buttons. */
final class Details {
  private Details() {}

  /**
   * @param used blocks already in the message, so the whole stays within Slack's 50
   * @param calendar the "add to calendar" links the buttons offer
   */
  static List<LayoutBlock> of(Webinar w, int used, CalendarLinks calendar) {
    List<LayoutBlock> blocks = new ArrayList<>();
    WebinarBlocks.description(w).ifPresent(blocks::add);
    List<LinkButton> links = WebinarBlocks.allLinks(w, calendar);
    int room = SlackLimits.BLOCKS - used - blocks.size() - (links.isEmpty() ? 0 : 1) - 1;
    if (!w.speakers().isEmpty()) {
      blocks.add(BlockKit.divider());
      blocks.addAll(WebinarBlocks.speakers(w, room));
    }
    if (!links.isEmpty()) {
      blocks.add(BlockKit.buttons(links));
    }
    return blocks;
  }
}
