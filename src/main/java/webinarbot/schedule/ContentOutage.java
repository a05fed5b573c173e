package webinarbot.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Tells a content outage from a maintainer removing pages. A removed page is a cancellation only
 * when it is clearly someone's act: one page, or a few, gone from a folder whose other pages are
 * still there. A folder that is missing, holds no pages, or loses most of its upcoming talks at
 * once is a botched checkout, a volume mounted late or a sync caught mid-swap: the bot then keeps
 * the last good catalogue and posts nothing about it. Talks that are over do not count: removing
 * old pages changes nothing anyone sees.
 */
final class ContentOutage {
  /** The rule for removals; {@code serve --accept-removals} turns the "most at once" rule off. */
  enum Removals {
    /** Losing most upcoming talks at once is an outage. */
    GUARDED,
    /** Every removal is a cancellation, however many at once (a deliberate mass removal). */
    ACCEPTED
  }

  private final Removals removals;

  ContentOutage(Removals removals) {
    this.removals = removals;
  }

  /**
   * @param load what was read
   * @param fresh the catalogue the load gives, last good versions of broken pages included
   * @param known what the bot last acted on
   * @return why this load is an outage, or empty when it may be applied
   */
  Optional<String> check(
      LoadResult load, Catalogue fresh, Collection<KnownWebinars.Known> known, Instant now) {
    Optional<Diagnostic> missing =
        load.diagnostics().stream().filter(d -> d.field().equals("content.dir")).findFirst();
    if (missing.isPresent()) {
      return Optional.of("content folder " + missing.get().file() + " is missing");
    }
    List<Webinar> active =
        known.stream()
            .filter(KnownWebinars.Known::isActive)
            .map(KnownWebinars.Known::webinar)
            .toList();
    if (active.isEmpty() || removals == Removals.ACCEPTED) {
      return Optional.empty();
    }
    if (load.pages() == 0 && fresh.all().isEmpty()) {
      return Optional.of("the content folder holds no pages");
    }
    List<Webinar> upcoming = active.stream().filter(w -> !w.time().isOver(now)).toList();
    long vanished = upcoming.stream().filter(w -> fresh.find(w.id()).isEmpty()).count();
    if (vanished >= 2 && vanished * 2 > upcoming.size()) {
      return Optional.of(
          vanished + " of the " + upcoming.size() + " upcoming webinars vanished at once");
    }
    return Optional.empty();
  }
}
