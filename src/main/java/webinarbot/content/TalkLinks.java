package webinarbot.content;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import webinarbot.domain.Button;
import webinarbot.domain.Links;

/**
 * A talk's links through the schema. A bare YouTube id is its watch URL (and a Vimeo number its
 * page), a path is relative to the page (a bundle's resources sit beside it), and a value that is
 * neither a URL nor a path is dropped with a warning naming its key; the next key is tried.
 */
final class TalkLinks {
  private static final List<String> LINK_KEYS = List.of("url", "link", "href", "src");

  /** Compiled on first use: most links are full web addresses that need none of these. */
  private static final class Shapes {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_EMBED =
        Pattern.compile(
            "(?i)https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([A-Za-z0-9_-]{11})(?:[?#].*)?");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{6,12}");
    private static final Pattern HOST =
        Pattern.compile(
            "(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|io|dev|us|eu|de|fr|ch|be|nl|uk|co|me|tv|ly|gl|link|app|events|zoom)(/.*)?");
  }

  private final SiteView view;

  TalkLinks(SiteView view) {
    this.view = view;
  }

  Links read(TalkFields f, URI relativeTo, List<Button> buttons, Problems problems) {
    Links l =
        new Links(
            link("video", f, relativeTo, problems),
            link("slides_pdf", f, relativeTo, problems),
            link("slides", f, relativeTo, problems),
            link("event", f, relativeTo, problems),
            link("register", f, relativeTo, problems));
    for (Button b : buttons) {
      String label = b.label().toLowerCase(Locale.ROOT);
      if (l.register().isEmpty()
          && (label.contains("regist") || label.contains("sign up") || label.contains("rsvp"))) {
        l = l.withRegister(Optional.of(b.url()));
      } else if (l.event().isEmpty() && (label.contains("event") || label.contains("join"))) {
        l = l.withEvent(Optional.of(b.url()));
      }
    }
    return l;
  }

  Optional<URI> image(TalkFields f, URI relativeTo, Problems problems) {
    return link("image", f, relativeTo, problems);
  }

  private Optional<URI> link(String field, TalkFields f, URI relativeTo, Problems problems) {
    for (Field x : f.all(field)) {
      Optional<String> text = text(x.value());
      if (text.isEmpty()) {
        continue;
      }
      String s = text.get().strip();
      boolean web =
          s.regionMatches(true, 0, "https://", 0, 8) || s.regionMatches(true, 0, "http://", 0, 7);
      if (web && !(field.equals("video") && s.contains("/embed/"))) {
        // A full web address, what most pages write: nothing to make of it.
      } else if (field.equals("video")
          && Shapes.YOUTUBE_ID.matcher(s).matches()
          && !s.contains(".")) {
        s = "https://www.youtube.com/watch?v=" + s;
      } else if (field.equals("video") && Shapes.YOUTUBE_EMBED.matcher(s).matches()) {
        // The player a page embeds is not a page to send people to: its watch page is.
        var m = Shapes.YOUTUBE_EMBED.matcher(s);
        s = m.matches() ? "https://www.youtube.com/watch?v=" + m.group(1) : s;
      } else if (field.equals("video")
          && x.key().toLowerCase(Locale.ROOT).contains("vimeo")
          && Shapes.VIMEO_ID.matcher(s).matches()) {
        s = "https://vimeo.com/" + s;
      } else if (s.regionMatches(true, 0, "www.", 0, 4) || Shapes.HOST.matcher(s).matches()) {
        s = "https://" + s;
      } else if (!looksLikeLink(s)) {
        problems.warning(
            x.line(),
            x.column(),
            x.key(),
            x.key() + ": \"" + s + "\" is neither a URL nor a path; dropped");
        continue;
      }
      Optional<URI> uri =
          view.urls().resolve(s, relativeTo, problems, x.line(), x.column(), x.key());
      if (uri.isPresent()) {
        return uri;
      }
    }
    return Optional.empty();
  }

  /** The link in a value: text, the first of a list, or a map's {@code url} (or {@code id}). */
  private static Optional<String> text(Object v) {
    if (v instanceof String s) {
      return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
    if (v instanceof List<?> l) {
      for (Object o : l) {
        Optional<String> t = text(o);
        if (t.isPresent()) {
          return t;
        }
      }
      return Optional.empty();
    }
    if (v instanceof Map<?, ?> m) {
      for (String k : LINK_KEYS) {
        Object x = Fields.valueIgnoringCase(m, k);
        if (x instanceof String s && !s.isBlank()) {
          return Optional.of(s);
        }
      }
      Object id = Fields.valueIgnoringCase(m, "id");
      return id == null ? Optional.empty() : Optional.of(id.toString());
    }
    return Optional.empty();
  }

  /** A URL with a scheme, or something shaped like a path: slashes, or a file name. */
  private static boolean looksLikeLink(String s) {
    if (s.contains(" ")) {
      return false;
    }
    return s.contains(":") || s.contains("/") || isFile(s);
  }

  private static boolean isFile(String s) {
    int slash = s.lastIndexOf('/');
    String last = s.substring(slash + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0
        && last.substring(dot + 1)
            .toLowerCase(Locale.ROOT)
            .matches("png|jpe?g|gif|svg|webp|pdf|pptx?|key|odp|html?|mp4|webm");
  }
}
