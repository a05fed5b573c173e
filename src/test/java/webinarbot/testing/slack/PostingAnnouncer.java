package webinarbot.testing.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;

/**
 * An announcer for chat-command tests: posts through a real notifier to its targets, remembering
 * what it posted (a ledger in memory). A gate can hold it, to act like a slow announcement.
 */
public final class PostingAnnouncer implements Announcer {
  private final Supplier<Catalogue> catalogue;
  private final Supplier<Notifier> notifier;
  private final Set<String> posted = ConcurrentHashMap.newKeySet();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  public PostingAnnouncer(Supplier<Catalogue> catalogue, Supplier<Notifier> notifier) {
    this.catalogue = catalogue;
    this.notifier = notifier;
  }

  /** Makes announcements wait until {@link #open()}. */
  public void hold() {
    gate = new CountDownLatch(1);
  }

  public void open() {
    gate.countDown();
  }

  @Override
  public Outcome announce(String webinarId, PostKind kind, boolean dryRun) {
    awaitGate();
    var webinar = catalogue.get().find(webinarId).orElseThrow();
    List<String> done = new ArrayList<>();
    List<String> already = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Target t : notifier.get().targets()) {
      String key = webinarId + "/" + kind.code() + "/" + t.key() + "/" + webinar.revision();
      if (!posted.add(key)) {
        already.add(t.key());
        continue;
      }
      try {
        notifier.get().send(t, new Post.About(kind, webinar), key);
        done.add(t.key());
      } catch (DeliveryException e) {
        posted.remove(key);
        failed.add(t.key() + ": " + e.getMessage());
      }
    }
    return new Outcome(done, already, failed);
  }

  private void awaitGate() {
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
