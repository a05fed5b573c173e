package webinarbot.discord;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import webinarbot.delivery.CalendarLinks;
import webinarbot.domain.Links;
import webinarbot.domain.Webinar;

/**
 * The link buttons under a post: event or registration first, then slides, video and the page.
 * Discord allows 5 buttons a row, 5 rows, labels of 80 characters and URLs of 512; a link that does
 * not fit is left out (the page, linked from the title, has them all).
 */
final class LinkButtons {
  static final int PER_ROW = 5;
  static final int MAX_ROWS = 5;

  private LinkButtons() {}

  /** Every link of a webinar, in the order readers need them. */
  static List<ActionRow> all(Webinar w, CalendarLinks calendar) {
    Map<String, String> byUrl = new LinkedHashMap<>();
    Links links = w.links();
    put(byUrl, links.register(), "Register");
    put(byUrl, links.event(), "Event page");
    w.buttons().forEach(b -> put(byUrl, Optional.of(b.url()), b.label()));
    put(byUrl, links.slidesPdf(), "Slides (PDF)");
    put(byUrl, links.slides(), "Slides");
    put(byUrl, links.video(), "Video");
    if (!w.cancelled()) {
      put(byUrl, Optional.of(CalendarLinks.google(w)), CalendarLinks.GOOGLE_LABEL);
      put(byUrl, calendar.ics(w), CalendarLinks.ICS_LABEL);
    }
    put(byUrl, Optional.of(w.pageUrl()), "Webinar page");
    return rows(byUrl);
  }

  /** For a follow-up: what became available, then the page. */
  static List<ActionRow> recordings(Webinar w) {
    Map<String, String> byUrl = new LinkedHashMap<>();
    put(byUrl, w.links().video(), "Video");
    put(byUrl, w.links().slidesPdf(), "Slides (PDF)");
    put(byUrl, w.links().slides(), "Slides");
    put(byUrl, Optional.of(w.pageUrl()), "Webinar page");
    return rows(byUrl);
  }

  /** Only the page: for a cancellation. */
  static List<ActionRow> page(Webinar w) {
    Map<String, String> byUrl = new LinkedHashMap<>();
    put(byUrl, Optional.of(w.pageUrl()), "Webinar page");
    return rows(byUrl);
  }

  private static void put(Map<String, String> byUrl, Optional<URI> url, String label) {
    url.map(URI::toString)
        .filter(u -> u.length() <= Button.URL_MAX_LENGTH)
        .filter(u -> LinkPolicy.absoluteHttp(URI.create(u), u).isPresent())
        .ifPresent(u -> byUrl.putIfAbsent(u, label));
  }

  /** The custom id of "Remind me" starts with this; the webinar's id follows. */
  static final String REMIND_PREFIX = "remind-me:";

  /**
   * "Remind me" first, then {@code links}: a click subscribes or unsubscribes the clicker. Left out
   * for an id too long for Discord's 100-character custom id.
   */
  static List<ActionRow> withRemindMe(List<ActionRow> links, String webinarId) {
    String customId = REMIND_PREFIX + webinarId;
    if (customId.length() > Button.ID_MAX_LENGTH) {
      return links;
    }
    List<Button> buttons = new ArrayList<>();
    buttons.add(remindButton(webinarId, false));
    links.forEach(row -> buttons.addAll(row.getButtons()));
    return reflow(buttons);
  }

  /** The button under a "Remind me" answer: "Cancel my reminder", or "Remind me" again. */
  static Button remindButton(String webinarId, boolean cancel) {
    return cancel
        ? Button.secondary(REMIND_PREFIX + webinarId, "Cancel my reminder")
        : Button.primary(REMIND_PREFIX + webinarId, "🔔 Remind me");
  }

  private static List<ActionRow> rows(Map<String, String> byUrl) {
    List<Button> buttons = new ArrayList<>();
    byUrl.forEach((url, label) -> buttons.add(Button.link(url, label(label))));
    return reflow(buttons);
  }

  private static List<ActionRow> reflow(List<Button> buttons) {
    int room = PER_ROW * MAX_ROWS;
    if (buttons.size() > room) {
      // The last link (the page, which lists them all) is the one to keep.
      Button last = buttons.get(buttons.size() - 1);
      buttons.subList(room - 1, buttons.size()).clear();
      buttons.add(last);
    }
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size() && rows.size() < MAX_ROWS; i += PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + PER_ROW))));
    }
    return rows;
  }

  private static String label(String text) {
    String oneLine = DiscordText.neutralise(DiscordText.oneLine(text));
    return DiscordText.truncate(oneLine.isEmpty() ? "Link" : oneLine, Button.LABEL_MAX_LENGTH);
  }
}
