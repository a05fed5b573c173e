package webinarbot.delivery;

import java.net.URI;
import java.util.Map;
import webinarbot.domain.Button;
import webinarbot.domain.Change;
import webinarbot.domain.Durations;
import webinarbot.domain.PostKind;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** Posts as plain text: {@code preview --platform text} and the console notifier. */
public final class TextRenderer implements PostRenderer {
  private final CalendarLinks calendar;

  /** Posts with only the Google Calendar link (no {@code http.public_url}). */
  public TextRenderer() {
    this(CalendarLinks.GOOGLE_ONLY);
  }

  public TextRenderer(CalendarLinks calendar) {
    this.calendar = calendar;
  }

  @Override
  public String platform() {
    return "text";
  }

  @Override
  public String render(Post post) {
    return post.render(this::about, TextRenderer::digest);
  }

  /** The one switch over the kinds: what each says first, and how much of the talk it shows. */
  private String about(Post.About post) {
    Webinar w = post.webinar();
    PostKind kind = post.kind();
    return switch (kind.type()) {
      case ANNOUNCEMENT -> post(post, "New webinar: " + w.title(), Details.FULL);
      case REMINDER ->
          post(
              post,
              kind.lead().isZero()
                  ? "Starting now: " + w.title()
                  : "In " + Durations.words(kind.lead()) + ": " + w.title(),
              Details.BRIEF);
      case UPDATE -> post(post, "Updated: " + w.title(), Details.BRIEF);
      case CANCELLATION -> post(post, "Cancelled: " + w.title(), Details.PAGE_ONLY);
      case FOLLOW_UP -> post(post, "Slides and video now available: " + w.title(), Details.BRIEF);
      case PERSONAL -> post(post, "Your reminder: " + w.title() + " starts soon", Details.BRIEF);
      case DIGEST -> throw new IllegalArgumentException("a digest is a Post.Digest");
    };
  }

  /** How much of the talk a post shows below its headline and time. */
  private enum Details {
    /** Description, bios, links. */
    FULL,
    /** Speakers' names and links. */
    BRIEF,
    /** Only the page. */
    PAGE_ONLY
  }

  private String post(Post.About a, String headline, Details shown) {
    StringBuilder b = new StringBuilder();
    b.append(headline).append('\n');
    b.append("When: ").append(WebinarTimes.describe(a.webinar().time())).append('\n');
    a.webinar().location().ifPresent(l -> b.append("Where: ").append(l).append('\n'));
    a.interestWords().ifPresent(n -> b.append(n).append('\n'));
    for (Change c : a.changes()) {
      b.append("Changed ").append(c.field()).append(": ").append(c.before()).append(" → ");
      b.append(c.after()).append('\n');
    }
    if (shown == Details.PAGE_ONLY) {
      return b.append("Page: ").append(a.webinar().pageUrl()).append('\n').toString();
    }
    details(a.webinar(), shown == Details.FULL, b);
    return b.toString();
  }

  private void details(Webinar w, boolean full, StringBuilder b) {
    if (full && !w.description().isEmpty()) {
      b.append('\n').append(w.description()).append("\n\n");
    }
    for (Speaker s : w.speakers()) {
      b.append("Speaker: ").append(s.displayName()).append('\n');
      if (full && !s.bio().isEmpty()) {
        b.append("  ").append(s.bio().replace("\n", "\n  ")).append('\n');
      }
    }
    for (Map.Entry<String, URI> l : w.links().byName().entrySet()) {
      b.append(label(l.getKey())).append(": ").append(l.getValue()).append('\n');
    }
    for (Button btn : w.buttons()) {
      if (!w.links().byName().containsValue(btn.url())) {
        b.append(btn.label()).append(": ").append(btn.url()).append('\n');
      }
    }
    if (full && !w.cancelled()) {
      b.append(CalendarLinks.GOOGLE_LABEL).append(": ").append(CalendarLinks.google(w));
      b.append('\n');
      calendar.ics(w).ifPresent(u -> b.append(CalendarLinks.ICS_LABEL + ": " + u + "\n"));
    }
    b.append("Page: ").append(w.pageUrl()).append('\n');
  }

  private static String label(String linkName) {
    return switch (linkName) {
      case "video" -> "Video";
      case "slides_pdf" -> "Slides (PDF)";
      case "slides" -> "Slides";
      case "event" -> "Event";
      default -> "Register";
    };
  }

  private static String digest(Post.Digest d) {
    StringBuilder b = new StringBuilder("Webinars in the week of ").append(d.weekOf()).append('\n');
    if (d.webinars().isEmpty()) {
      b.append("None this week.\n");
    }
    for (Webinar w : d.webinars()) {
      b.append("• ").append(WebinarTimes.describe(w.time())).append(": ").append(w.title());
      b.append(" <").append(w.pageUrl()).append(">\n");
    }
    return b.toString();
  }
}
