package webinarbot.schedule;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import webinarbot.delivery.WebinarTimes;
import webinarbot.domain.Change;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * What changed between two versions of a page that is worth a notice: the time, the title, the
 * speakers, the links, or the talk going ahead after all. A reworded description is not: the
 * earlier posts are edited in place, and that is enough.
 */
final class WebinarChanges {
  private static final String NONE = "none";

  private WebinarChanges() {}

  static List<Change> between(Webinar before, Webinar after) {
    List<Change> out = new ArrayList<>();
    if (!before.time().equals(after.time())) {
      out.add(
          new Change(
              "time", WebinarTimes.describe(before.time()), WebinarTimes.describe(after.time())));
    }
    if (!before.title().equals(after.title())) {
      out.add(new Change("title", before.title(), after.title()));
    }
    String speakersBefore = names(before.speakers());
    String speakersAfter = names(after.speakers());
    if (!speakersBefore.equals(speakersAfter)) {
      out.add(new Change("speakers", speakersBefore, speakersAfter));
    }
    Map<String, URI> linksBefore = before.links().byName();
    Map<String, URI> linksAfter = after.links().byName();
    Set<String> names = new TreeSet<>(linksBefore.keySet());
    names.addAll(linksAfter.keySet());
    for (String name : names) {
      Optional<URI> b = Optional.ofNullable(linksBefore.get(name));
      Optional<URI> a = Optional.ofNullable(linksAfter.get(name));
      if (!b.equals(a)) {
        out.add(new Change(name.replace('_', ' ') + " link", text(b), text(a)));
      }
    }
    if (before.cancelled() && !after.cancelled()) {
      out.add(new Change("status", "cancelled", "going ahead"));
    }
    return out;
  }

  /** True when slides or a video appear that the earlier version did not have. */
  static boolean gainedRecordingOrSlides(Webinar before, Webinar after) {
    return gained(before.links().video(), after.links().video())
        || gained(before.links().slidesPdf(), after.links().slidesPdf())
        || gained(before.links().slides(), after.links().slides());
  }

  private static boolean gained(Optional<URI> before, Optional<URI> after) {
    return before.isEmpty() && after.isPresent();
  }

  private static String names(List<Speaker> speakers) {
    return speakers.isEmpty()
        ? NONE
        : String.join(", ", speakers.stream().map(Speaker::displayName).toList());
  }

  private static String text(Optional<URI> u) {
    return u.map(URI::toString).orElse(NONE);
  }
}
