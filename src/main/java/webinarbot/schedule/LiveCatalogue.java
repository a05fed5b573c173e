package webinarbot.schedule;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/**
 * The catalogue the running bot acts on, replaced whole on every reload: chat commands, the firing
 * job and the HTTP feed read it without locks.
 */
public final class LiveCatalogue implements Supplier<Catalogue> {
  private final AtomicReference<Catalogue> current = new AtomicReference<>(Catalogue.empty());

  /** Empty until the schedule starts with it and loads the content. */
  public LiveCatalogue() {}

  @Override
  public Catalogue get() {
    return current.get();
  }

  void set(Catalogue c) {
    current.set(c);
  }
}
