package webinarbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * {@code announce ID} from the command line or chat: posts now, through the same ledger as the
 * scheduler, so a channel that has this post in this revision does not get it twice, while one
 * where it failed or was skipped gets another try.
 */
public final class LedgerAnnouncer implements Announcer {
  private final Supplier<Catalogue> catalogue;
  private final DeliveryService service;
  private final Clock clock;
  private final Duration patience;
  private final Routing routing;

  /** Announces every talk on every target. */
  public LedgerAnnouncer(
      Supplier<Catalogue> catalogue, DeliveryService service, Clock clock, Duration patience) {
    this(catalogue, service, clock, patience, Routing.NONE);
  }

  /**
   * @param patience how long to wait for slow or rate-limited platforms before answering
   * @param routing which targets each talk is announced on
   */
  public LedgerAnnouncer(
      Supplier<Catalogue> catalogue,
      DeliveryService service,
      Clock clock,
      Duration patience,
      Routing routing) {
    this.routing = routing;
    this.catalogue = catalogue;
    this.service = service;
    this.clock = clock;
    this.patience = patience;
  }

  @Override
  public Outcome announce(String webinarId, PostKind kind, boolean dryRun) {
    Webinar w = catalogue.get().find(webinarId).orElse(null);
    if (w == null) {
      return new Outcome(List.of(), List.of(), List.of("no webinar with id " + webinarId));
    }
    Delivery d = Delivery.now(new Post.About(kind, w), clock.instant());
    List<Target> targets = routing.targetsFor(w, service.targets());
    return dryRun ? preview(d, targets) : post(d, targets);
  }

  private Outcome preview(Delivery d, List<Target> targets) {
    List<String> posted = new ArrayList<>();
    List<String> already = new ArrayList<>();
    for (Target t : targets) {
      boolean done =
          service.ledger().find(d.key(t)).map(e -> !e.status().isRetryable()).orElse(false);
      (done ? already : posted).add(t.key());
    }
    return new Outcome(posted, already, List.of());
  }

  private Outcome post(Delivery d, List<Target> targets) {
    Map<Target, CompletableFuture<DeliveryOutcome>> futures =
        service.deliver(d, targets, DeliveryService.Claim.RETRY_CLOSED);
    long until = System.nanoTime() + patience.toNanos();
    List<String> posted = new ArrayList<>();
    List<String> already = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    futures.forEach(
        (t, f) -> {
          DeliveryOutcome o = await(f, until);
          if (o == null) {
            failed.add(
                t.key()
                    + ": still trying (the platform is slow or rate limited); it will be posted when it accepts");
          } else if (o instanceof DeliveryOutcome.Sent) {
            posted.add(t.key());
          } else if (o instanceof DeliveryOutcome.Already) {
            already.add(t.key());
          } else if (o instanceof DeliveryOutcome.Failed fail) {
            failed.add(t.key() + ": " + fail.reason());
          } else if (o instanceof DeliveryOutcome.Skipped skip) {
            failed.add(t.key() + ": skipped: " + skip.reason());
          } else {
            failed.add(t.key() + ": the bot is stopping; it will be posted after the restart");
          }
        });
    return new Outcome(posted, already, failed);
  }

  private static DeliveryOutcome await(CompletableFuture<DeliveryOutcome> f, long untilNanos) {
    try {
      return f.get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("delivery crashed", e.getCause());
    }
  }
}
