package webinarbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import webinarbot.domain.Webinar;

/** Several webinars, one section each, for {@code /webinars list} and the weekly digest. */
final class WebinarList {
  private WebinarList() {}

  /** At most {@code room} blocks; the last says how many did not fit. */
  static List<LayoutBlock> entries(List<Webinar> webinars, int room) {
    List<LayoutBlock> blocks = new ArrayList<>();
    int shown = webinars.size() <= room ? webinars.size() : Math.max(0, room - 1);
    for (Webinar w : webinars.subList(0, shown)) {
      blocks.add(BlockKit.section(WebinarBlocks.listEntry(w), w.pageUrl()));
    }
    if (shown < webinars.size() && room > 0) {
      blocks.add(BlockKit.context("…and " + (webinars.size() - shown) + " more."));
    }
    return blocks;
  }
}
