package webinarbot.delivery;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import webinarbot.domain.Button;
import webinarbot.domain.Change;
import webinarbot.domain.Durations;
import webinarbot.domain.EventTime;
import webinarbot.domain.PostKind;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * Posts as plain text: what the console notifier prints and {@code preview --platform text} shows.
 * Times are given in the webinar's own zone and in UTC, as a terminal has no reader's zone.
 */
public final class TextRenderer implements PostRenderer {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ZONE_ABBR =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
  private static final Map<String, String> LINK_LABELS =
      Map.of(
          "video", "Video",
          "slides_pdf", "Slides (PDF)",
          "slides", "Slides",
          "event", "Event",
          "register", "Register");

  @Override
  public String platform() {
    return "text";
  }

  @Override
  public String render(Post post) {
    if (post instanceof Post.About about) {
      return about(about);
    }
    return digest((Post.Digest) post);
  }

  private static String about(Post.About p) {
    Webinar w = p.webinar();
    StringBuilder b = new StringBuilder();
    b.append(headline(p.kind(), w)).append('\n');
    b.append("When: ").append(when(w.time())).append('\n');
    for (Change c : p.changes()) {
      b.append("Changed ")
          .append(c.field())
          .append(": ")
          .append(c.before())
          .append(" → ")
          .append(c.after())
          .append('\n');
    }
    if (p.kind().type() != PostKind.Type.CANCELLATION && !w.description().isBlank()) {
      b.append('\n').append(w.description().strip()).append('\n');
    }
    if (!w.speakers().isEmpty()) {
      b.append('\n');
      for (Speaker s : w.speakers()) {
        b.append("Speaker: ").append(s.displayName()).append('\n');
      }
    }
    b.append('\n');
    w.links()
        .byName()
        .forEach(
            (name, url) -> b.append(LINK_LABELS.get(name)).append(": ").append(url).append('\n'));
    for (Button button : w.buttons()) {
      b.append(button.label()).append(": ").append(button.url()).append('\n');
    }
    b.append("Page: ").append(w.pageUrl()).append('\n');
    return b.toString();
  }

  static String headline(PostKind kind, Webinar w) {
    String title = w.title();
    return switch (kind.type()) {
      case ANNOUNCEMENT -> "Webinar: " + title;
      case REMINDER ->
          kind.lead().isZero()
              ? (w.time().allDay() ? "Today: " : "Starting now: ") + title
              : "In " + Durations.words(kind.lead()) + ": " + title;
      case UPDATE -> "Updated: " + title;
      case CANCELLATION -> "Cancelled: " + title;
      case FOLLOW_UP -> followUp(w) + title;
      case DIGEST -> title;
    };
  }

  private static String followUp(Webinar w) {
    boolean video = w.links().video().isPresent();
    boolean slides = w.links().slides().isPresent() || w.links().slidesPdf().isPresent();
    if (video && slides) {
      return "Video and slides now available: ";
    }
    return video ? "Video now available: " : "Slides now available: ";
  }

  /** {@code Friday 15 October 2021, 11:55–12:30 PDT (America/Los_Angeles), 18:55 UTC}. */
  static String when(EventTime t) {
    ZonedDateTime start = t.start();
    if (t.allDay()) {
      return DAY.format(start) + ", all day (" + t.zone().getId() + ")";
    }
    StringBuilder b = new StringBuilder(DAY.format(start)).append(", ").append(HM.format(start));
    t.end().ifPresent(e -> b.append('–').append(HM.format(e)));
    b.append(' ').append(ZONE_ABBR.format(start)).append(" (").append(t.zone().getId()).append(')');
    if (!start.getOffset().equals(ZoneOffset.UTC)) {
      b.append(", ").append(HM.format(start.withZoneSameInstant(ZoneOffset.UTC))).append(" UTC");
    }
    return b.toString();
  }

  private static String digest(Post.Digest d) {
    StringBuilder b = new StringBuilder("Webinars in the week of ").append(d.weekOf()).append('\n');
    if (d.webinars().isEmpty()) {
      b.append("None this week.\n");
    }
    for (Webinar w : d.webinars()) {
      b.append("- ")
          .append(when(w.time()))
          .append(": ")
          .append(w.title())
          .append(' ')
          .append(w.pageUrl())
          .append('\n');
    }
    return b.toString();
  }
}
