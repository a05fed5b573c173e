package webinarbot.domain;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [[route]]} table: which talks it takes and where their posts go. A route matches a
 * talk when every criterion it gives matches (tags, sections, types), each criterion by any of its
 * values; tags and types ignore case, a section takes the pages below it too.
 *
 * @param name how messages name it: its {@code name}, else {@code route N}
 * @param origin where it was written, {@code FILE:LINE}, for lint's warnings
 * @param slack Slack channel ids its talks are posted to
 * @param discord Discord channel ids its talks are posted to
 * @param reminders its own reminder leads, longest first; empty for {@code schedule.reminders}
 */
public record Route(
    String name,
    String origin,
    List<String> tags,
    List<String> sections,
    List<String> types,
    List<String> slack,
    List<String> discord,
    Optional<List<Duration>> reminders) {
  public Route {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    tags = List.copyOf(tags);
    sections = List.copyOf(sections);
    types = List.copyOf(types);
    slack = List.copyOf(slack);
    discord = List.copyOf(discord);
    reminders = reminders.map(List::copyOf);
    if (tags.isEmpty() && sections.isEmpty() && types.isEmpty()) {
      throw new IllegalArgumentException("a route needs tags, sections or types to match");
    }
  }

  /** True when this route takes {@code w}. */
  public boolean matches(Webinar w) {
    return (tags.isEmpty() || tags.stream().anyMatch(t -> hasTag(w, t)))
        && (sections.isEmpty() || sections.stream().anyMatch(s -> w.placement().isIn(s)))
        && (types.isEmpty() || types.stream().anyMatch(t -> lower(t).equals(w.placement().type())));
  }

  private static boolean hasTag(Webinar w, String tag) {
    return w.tags().stream().anyMatch(t -> lower(t).equals(lower(tag)));
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
