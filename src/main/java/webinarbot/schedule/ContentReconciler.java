package webinarbot.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Turns a fresh load of the content folder into the bot's new state: pages that turned invalid keep
 * their last good version, and every page that appeared, changed or disappeared since the last load
 * (also while the bot was down) is noticed, told to the channels that know it, and handed back for
 * replanning.
 */
final class ContentReconciler {
  private static final Logger LOG = LoggerFactory.getLogger(ContentReconciler.class);

  private final KnownWebinars known;
  private final LiveCatalogue live;
  private final ChangeNotices notices;
  private final Clock clock;
  private final ContentOutage outages;
  private volatile String outage;

  ContentReconciler(
      KnownWebinars known,
      LiveCatalogue live,
      ChangeNotices notices,
      Clock clock,
      ContentOutage outages) {
    this.known = known;
    this.live = live;
    this.notices = notices;
    this.clock = clock;
    this.outages = outages;
  }

  /** Why the content is in an outage now (the last good catalogue is kept), if it is. */
  Optional<String> outage() {
    return Optional.ofNullable(outage);
  }

  /**
   * Applies a load; returns the ids of webinars whose plan may have changed. A load that is a
   * content outage ({@link ContentOutage}) changes nothing.
   */
  synchronized Set<String> apply(LoadResult result) {
    Instant now = clock.instant();
    Catalogue fresh = keepLastGood(result);
    Optional<String> why = outages.check(result, fresh, known.all(), now);
    if (why.isPresent()) {
      holdLastGood(why.get());
      return Set.of();
    }
    if (outage != null) {
      LOG.info("the content is back ({} webinars); the content outage is over", fresh.size());
      outage = null;
    }
    Set<String> affected = new LinkedHashSet<>();
    List<Webinar> changed = new ArrayList<>();
    for (Webinar w : fresh.all()) {
      if (known.isUnchanged(w)) {
        continue;
      }
      Optional<KnownWebinars.Known> k = known.get(w.id()).filter(KnownWebinars.Known::isActive);
      // Notices are claimed in the ledger before the new version is remembered: a crash in
      // between repeats the diff on restart, and the ledger keeps the notices single.
      k.filter(old -> !old.webinar().revision().equals(w.revision()))
          .ifPresent(old -> notices.changed(old.webinar(), w, now));
      changed.add(w);
      affected.add(w.id());
    }
    known.remember(changed, now);
    for (KnownWebinars.Known k : known.all()) {
      if (k.isActive() && fresh.find(k.webinar().id()).isEmpty()) {
        notices.removed(k.webinar(), now);
        known.markRemoved(k.webinar().id(), now);
        affected.add(k.webinar().id());
      }
    }
    live.set(fresh);
    return affected;
  }

  /** Keeps the catalogue as it was (at start-up: as the last run left it) and says so once. */
  private void holdLastGood(String why) {
    if (live.get().all().isEmpty()) {
      live.set(
          new Catalogue(
              known.all().stream()
                  .filter(KnownWebinars.Known::isActive)
                  .map(KnownWebinars.Known::webinar)
                  .toList()));
    }
    if (!why.equals(outage)) {
      LOG.error(
          "content outage: {}; keeping the last good catalogue ({} webinars) and posting nothing"
              + " about it until the content is back",
          why,
          live.get().size());
    }
    outage = why;
  }

  /**
   * A page with errors is left out of a load; if the bot knew a good version of it, that version
   * stays, so a typo in a pull request does not cancel a talk.
   */
  private Catalogue keepLastGood(LoadResult result) {
    Map<String, List<Diagnostic>> errorsByFile =
        result.diagnostics().stream()
            .filter(Diagnostic::isError)
            .collect(Collectors.groupingBy(Diagnostic::file));
    if (errorsByFile.isEmpty()) {
      return result.catalogue();
    }
    List<Webinar> all = new ArrayList<>(result.catalogue().all());
    for (KnownWebinars.Known k : known.all()) {
      Webinar last = k.webinar();
      List<Diagnostic> errors = errorsByFile.get(last.source());
      if (k.isActive() && errors != null && result.catalogue().find(last.id()).isEmpty()) {
        LOG.error(
            "{} has errors; keeping its last good version until it is fixed: {}",
            last.source(),
            errors.get(0).format());
        all.add(last);
      }
    }
    return new Catalogue(all);
  }
}
