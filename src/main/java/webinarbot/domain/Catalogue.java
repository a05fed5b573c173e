package webinarbot.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The webinars currently known, by id, in start order. Immutable. */
public final class Catalogue {
  private final List<Webinar> all;
  private final Map<String, Webinar> byId;

  public Catalogue(List<Webinar> webinars) {
    this.all = sortedByStart(webinars);
    Map<String, Webinar> m = new LinkedHashMap<>();
    for (Webinar w : all) {
      if (m.putIfAbsent(w.id(), w) != null) {
        throw new IllegalArgumentException("duplicate webinar id " + w.id());
      }
    }
    this.byId = m;
  }

  /** Sorts on precomputed instants: a catalogue of 10,000 is built on every reload. */
  private static List<Webinar> sortedByStart(List<Webinar> webinars) {
    record Keyed(long epochSecond, int nano, Webinar webinar) {}
    return webinars.stream()
        .map(
            w -> {
              var start = w.time().startInstant();
              return new Keyed(start.getEpochSecond(), start.getNano(), w);
            })
        .sorted(
            Comparator.comparingLong(Keyed::epochSecond)
                .thenComparingInt(Keyed::nano)
                .thenComparing(k -> k.webinar().id()))
        .map(Keyed::webinar)
        .toList();
  }

  public static Catalogue empty() {
    return new Catalogue(List.of());
  }

  /** Every webinar, drafts and past ones included, in start order. */
  public List<Webinar> all() {
    return all;
  }

  public int size() {
    return all.size();
  }

  public Optional<Webinar> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Webinars still to come or in progress, visible and not cancelled, in start order; a series as
   * its next occurrence.
   */
  public List<Webinar> upcoming(Instant now) {
    return all.stream()
        .map(w -> w.current(now))
        .filter(w -> w.isUpcoming(now))
        .sorted(java.util.Comparator.comparing(w -> w.time().startInstant()))
        .toList();
  }

  /** The first upcoming webinar that has not started yet, else the one in progress. */
  public Optional<Webinar> next(Instant now) {
    List<Webinar> upcoming = upcoming(now);
    return upcoming.stream()
        .filter(w -> !w.time().hasStarted(now))
        .findFirst()
        .or(() -> upcoming.stream().findFirst());
  }

  /**
   * Upcoming webinars whose title, description, speakers or tags contain every word, ignoring case.
   */
  public List<Webinar> search(String words, Instant now) {
    List<String> terms =
        List.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream()
            .filter(t -> !t.isEmpty())
            .toList();
    return upcoming(now).stream().filter(w -> matchesAll(w, terms)).toList();
  }

  /** Ids of every webinar, for completion; visible upcoming ones first. */
  public List<String> ids() {
    return all.stream().map(Webinar::id).toList();
  }

  private static boolean matchesAll(Webinar w, List<String> terms) {
    StringBuilder text = new StringBuilder(w.title()).append(' ').append(w.description());
    w.speakers().forEach(s -> text.append(' ').append(s.displayName()));
    w.tags().forEach(t -> text.append(' ').append(t));
    text.append(' ').append(w.id());
    String haystack = text.toString().toLowerCase(Locale.ROOT);
    return terms.stream().allMatch(haystack::contains);
  }
}
