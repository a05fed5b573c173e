package webinarbot.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import webinarbot.delivery.WebinarTimes;
import webinarbot.domain.Button;
import webinarbot.domain.Change;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * Every field of a talk a reviewer would care about that differs between two versions, old → new:
 * more than an update notice lists (a reworded description, a draft flag, tags), since the reviewer
 * sees the page, not the chat.
 */
final class FieldChanges {
  static final String NONE = "none";
  private static final int SHORT = 80;

  private final List<Change> out = new ArrayList<>();
  private final Webinar before;
  private final Webinar after;

  private FieldChanges(Webinar before, Webinar after) {
    this.before = before;
    this.after = after;
  }

  /**
   * @param fileBefore the page's path in the base, {@code fileAfter} in the head
   */
  static List<Change> between(Webinar before, Webinar after, String fileBefore, String fileAfter) {
    FieldChanges c = new FieldChanges(before, after);
    if (!fileBefore.equals(fileAfter)) {
      c.out.add(new Change("file", fileBefore, fileAfter));
    }
    c.field("title", Webinar::title);
    c.field("time", w -> WebinarTimes.describe(w.time()));
    c.field("location", w -> w.location().orElse(NONE));
    if (!before.description().equals(after.description())) {
      String b = shortened(before.description());
      String a = shortened(after.description());
      c.out.add(new Change("description", b, a.equals(b) ? a + " (reworded further on)" : a));
    }
    c.field("speakers", w -> names(w.speakers()));
    if (names(before.speakers()).equals(names(after.speakers()))) {
      c.field(
          "speaker details", w -> w.speakers().equals(before.speakers()) ? "as before" : "changed");
    }
    c.links();
    c.field("buttons", w -> buttons(w.buttons()));
    c.field("page", w -> w.pageUrl().toString());
    c.field("image", w -> w.image().map(URI::toString).orElse(NONE));
    c.field("draft", w -> String.valueOf(w.draft()));
    c.field("cancelled", w -> String.valueOf(w.cancelled()));
    c.field("publishDate", w -> w.publishDate().map(Object::toString).orElse(NONE));
    c.field("expiryDate", w -> w.expiryDate().map(Object::toString).orElse(NONE));
    c.field("tags", w -> w.tags().isEmpty() ? NONE : String.join(", ", w.tags()));
    return List.copyOf(c.out);
  }

  private void field(String name, Function<Webinar, String> value) {
    String b = value.apply(before);
    String a = value.apply(after);
    if (!b.equals(a)) {
      out.add(new Change(name, b, a));
    }
  }

  private void links() {
    Map<String, URI> b = before.links().byName();
    Map<String, URI> a = after.links().byName();
    Set<String> names = new TreeSet<>(b.keySet());
    names.addAll(a.keySet());
    for (String n : names) {
      Optional<URI> was = Optional.ofNullable(b.get(n));
      Optional<URI> is = Optional.ofNullable(a.get(n));
      if (!was.equals(is)) {
        out.add(
            new Change(
                n.replace('_', ' ') + " link",
                was.map(URI::toString).orElse(NONE),
                is.map(URI::toString).orElse(NONE)));
      }
    }
  }

  private static String names(List<Speaker> speakers) {
    return speakers.isEmpty()
        ? NONE
        : String.join(", ", speakers.stream().map(Speaker::displayName).toList());
  }

  private static String buttons(List<Button> buttons) {
    return buttons.isEmpty()
        ? NONE
        : String.join(", ", buttons.stream().map(b -> b.label() + " " + b.url()).toList());
  }

  /** The first line, at most {@value #SHORT} characters: enough to see which text it is. */
  private static String shortened(String text) {
    String first = text.strip().lines().findFirst().orElse("");
    boolean cut = first.length() > SHORT || text.strip().lines().count() > 1;
    String s = first.length() > SHORT ? first.substring(0, SHORT) : first;
    return s.isEmpty() ? NONE : cut ? s + "…" : s;
  }
}
