package webinarbot.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.domain.Webinar;

/**
 * Finishes what a previous run left open in the ledger: pending rows are posted, sending rows are
 * first looked up on the platform ({@link Notifier#findPosted}) and only posted if absent. Stale
 * rows of another replica are adopted first, so two survivors do not both resume one.
 */
public final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final DeliveryService service;
  private final Function<String, Optional<Webinar>> webinars;
  private final Function<String, Optional<Post.Digest>> digests;

  /**
   * @param webinars the current page for an id, or the last one known if it was removed
   */
  public Recovery(DeliveryService service, Function<String, Optional<Webinar>> webinars) {
    this(service, webinars, week -> Optional.empty());
  }

  /**
   * @param digests the digest of a week, by the ISO date that names it, when digests are on
   */
  public Recovery(
      DeliveryService service,
      Function<String, Optional<Webinar>> webinars,
      Function<String, Optional<Post.Digest>> digests) {
    this.service = service;
    this.webinars = webinars;
    this.digests = digests;
  }

  /** Resumes every open row: for a bot that runs alone. */
  public List<CompletableFuture<DeliveryOutcome>> resumeAll() {
    return resume(e -> true);
  }

  /**
   * Adopts every open row {@code deadOwner} left, not updated since {@code olderThan}, at once
   * ({@link DeliveryLedger#adoptAll}), and resumes those this replica got: all of them, or none if
   * another survivor was first.
   */
  public List<CompletableFuture<DeliveryOutcome>> resumeAllOf(String deadOwner, Instant olderThan) {
    DeliveryLedger ledger = service.ledger();
    java.util.Set<DeliveryKey> left = new java.util.HashSet<>();
    for (LedgerEntry e : ledger.open()) {
      if (e.owner().equals(deadOwner) && e.updatedAt().isBefore(olderThan)) {
        left.add(e.key());
      }
    }
    if (left.isEmpty() || ledger.adoptAll(deadOwner, olderThan) == 0) {
      return List.of();
    }
    return resume(e -> e.owner().equals(ledger.owner()) && left.contains(e.key()));
  }

  /**
   * Resumes the open rows a database failure stranded while the bot ran: claimed, then neither sent
   * nor confirmed because the database stopped answering. Rows still queued or being posted here
   * are left to their lane. Alone, every open row is this bot's to finish; in a cluster only its
   * own (the others' are orphans once their owner is gone).
   */
  public List<CompletableFuture<DeliveryOutcome>> resumeStranded(boolean alone) {
    DeliveryLedger ledger = service.ledger();
    return resume(e -> (alone || e.owner().equals(ledger.owner())) && !service.inLanes(e.key()));
  }

  private List<CompletableFuture<DeliveryOutcome>> resume(Predicate<LedgerEntry> which) {
    DeliveryLedger ledger = service.ledger();
    List<CompletableFuture<DeliveryOutcome>> out = new ArrayList<>();
    for (LedgerEntry e : ledger.open()) {
      if (!which.test(e)) {
        continue;
      }
      if (!e.owner().equals(ledger.owner()) && !ledger.adopt(e)) {
        continue;
      }
      DeliveryKey k = e.key();
      if (!service.posts(k.target())) {
        ledger.markSkipped(k, "no notifier posts to " + k.target() + " any more");
        LOG.warn("skipped {}: its target is no longer configured", k);
        continue;
      }
      if (!k.kind().type().aboutOneWebinar()) {
        resumeDigest(e).ifPresent(out::add);
        continue;
      }
      Optional<Webinar> w = webinars.apply(k.webinarId());
      if (w.isEmpty()) {
        ledger.markSkipped(k, "the webinar is no longer known");
        LOG.warn("skipped {}: the webinar is no longer known", k);
        continue;
      }
      Delivery d =
          new Delivery(
              new Post.About(k.kind(), w.get(), e.changes()),
              k.revision(),
              e.scheduledAt(),
              e.deadline());
      LOG.info("resuming {} ({}) left open by {}", k, e.status().code(), e.owner());
      out.add(service.resume(e, d));
    }
    return out;
  }

  private Optional<CompletableFuture<DeliveryOutcome>> resumeDigest(LedgerEntry e) {
    DeliveryKey k = e.key();
    Optional<Post.Digest> digest = digests.apply(k.revision());
    if (digest.isEmpty()) {
      service.ledger().markSkipped(k, "weekly digests are no longer configured");
      LOG.warn("skipped {}: weekly digests are no longer configured", k);
      return Optional.empty();
    }
    LOG.info("resuming {} ({}) left open by the previous run", k, e.status().code());
    return Optional.of(
        service.resume(e, new Delivery(digest.get(), k.revision(), e.scheduledAt(), e.deadline())));
  }
}
