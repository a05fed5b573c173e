package webinarbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.delivery.CalendarLinks;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** The parts every message about a webinar is made of: title, time, description, people, links. */
final class WebinarBlocks {
  private WebinarBlocks() {}

  static LayoutBlock title(Webinar w) {
    return BlockKit.header(SlackText.escape(w.title()));
  }

  /** ":calendar: <!date…>" in each reader's own zone, and where, when the page says. */
  static String when(Webinar w) {
    return ":calendar: "
        + SlackTime.mrkdwn(w.time())
        + w.location().map(l -> "\n:round_pushpin: " + SlackText.escape(l)).orElse("");
  }

  static Optional<LayoutBlock> description(Webinar w) {
    String text = MrkdwnRenderer.render(w.description());
    return text.isBlank() ? Optional.empty() : Optional.of(BlockKit.section(text, w.pageUrl()));
  }

  /**
   * One section per speaker, at most {@code room} blocks: when there are more speakers, the last
   * block says how many more are on the page.
   */
  static List<LayoutBlock> speakers(Webinar w, int room) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<Speaker> all = w.speakers();
    int shown = all.size() <= room ? all.size() : Math.max(0, room - 1);
    for (Speaker s : all.subList(0, shown)) {
      blocks.add(speaker(s, w.pageUrl()));
    }
    if (shown < all.size() && room > 0) {
      blocks.add(
          BlockKit.context(
              "…and "
                  + (all.size() - shown)
                  + " more speakers on "
                  + SlackText.link(w.pageUrl(), "the webinar page")));
    }
    return blocks;
  }

  private static LayoutBlock speaker(Speaker s, URI page) {
    StringBuilder text = new StringBuilder("*").append(SlackText.escape(s.name())).append('*');
    s.role().ifPresent(r -> text.append(" – ").append(SlackText.escape(r)));
    List<String> social = new ArrayList<>();
    s.githubUrl().ifPresent(u -> social.add(SlackText.link(u, "GitHub")));
    s.twitterUrl().ifPresent(u -> social.add(SlackText.link(u, "X")));
    s.linkedinUrl().ifPresent(u -> social.add(SlackText.link(u, "LinkedIn")));
    if (!social.isEmpty()) {
      text.append("  ·  ").append(String.join(" · ", social));
    }
    String bio = MrkdwnRenderer.render(s.bio());
    if (!bio.isBlank()) {
      text.append('\n').append(bio);
    }
    Optional<URI> photo = s.image().filter(WebinarBlocks::usableUrl);
    return photo.isPresent()
        ? BlockKit.sectionWithImage(text.toString(), page, photo.get(), SlackText.escape(s.name()))
        : BlockKit.section(text.toString(), page);
  }

  /**
   * Event and registration first, then slides, video, adding to a calendar and the page; one button
   * per URL.
   */
  static List<LinkButton> allLinks(Webinar w, CalendarLinks calendar) {
    Map<URI, LinkButton> byUrl = new LinkedHashMap<>();
    for (Button b : w.buttons()) {
      add(byUrl, b.label(), b.url());
    }
    w.links().event().ifPresent(u -> add(byUrl, "Event page", u));
    w.links().register().ifPresent(u -> add(byUrl, "Register", u));
    byUrl.putAll(recordingLinks(w));
    if (!w.cancelled()) {
      add(byUrl, CalendarLinks.GOOGLE_LABEL, CalendarLinks.google(w));
      calendar.ics(w).ifPresent(u -> add(byUrl, CalendarLinks.ICS_LABEL, u));
    }
    add(byUrl, "Webinar page", w.pageUrl());
    return List.copyOf(byUrl.values());
  }

  /** What a follow-up offers: slides, video, and the page. */
  static List<LinkButton> followUpLinks(Webinar w) {
    Map<URI, LinkButton> byUrl = recordingLinks(w);
    add(byUrl, "Webinar page", w.pageUrl());
    return List.copyOf(byUrl.values());
  }

  static List<LinkButton> pageLink(Webinar w) {
    Map<URI, LinkButton> byUrl = new LinkedHashMap<>();
    add(byUrl, "Webinar page", w.pageUrl());
    return List.copyOf(byUrl.values());
  }

  private static Map<URI, LinkButton> recordingLinks(Webinar w) {
    Map<URI, LinkButton> byUrl = new LinkedHashMap<>();
    w.links().slidesPdf().ifPresent(u -> add(byUrl, "Slides (PDF)", u));
    w.links().slides().ifPresent(u -> add(byUrl, "Slides", u));
    w.links().video().ifPresent(u -> add(byUrl, "Video", u));
    return byUrl;
  }

  private static void add(Map<URI, LinkButton> byUrl, String label, URI url) {
    if (usableUrl(url)) {
      byUrl.putIfAbsent(url, new LinkButton(label, url));
    }
  }

  /** Slack rejects the whole message for a bad URL, so anything doubtful is left out. */
  static boolean usableUrl(URI url) {
    return SlackText.isWeb(url) && url.toString().length() <= SlackLimits.URL;
  }

  /** One line per webinar in lists and digests: linked title, time, and its id. */
  static String listEntry(Webinar w) {
    return "*"
        + SlackText.link(w.pageUrl(), w.title())
        + "*\n"
        + when(w)
        + "  ·  id `"
        + SlackText.escape(w.id())
        + "`";
  }
}
