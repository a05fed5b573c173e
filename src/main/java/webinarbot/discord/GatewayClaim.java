package webinarbot.discord;

import webinarbot.storage.LeaderLock;

/**
 * The right to hold the gateway session: a database lock in a cluster, unconditional for a bot
 * running alone. Polled from one thread.
 */
interface GatewayClaim extends AutoCloseable {
  /** True once this replica may connect; false while another holds the gateway. */
  boolean tryAcquire();

  /** Asked of the holder on every poll: false closes its session at once. */
  boolean stillHeld();

  @Override
  void close();

  /** A bot running alone: the gateway is always its own. */
  static GatewayClaim sole() {
    return new GatewayClaim() {
      @Override
      public boolean tryAcquire() {
        return true;
      }

      @Override
      public boolean stillHeld() {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  static GatewayClaim of(LeaderLock lock) {
    return new GatewayClaim() {
      @Override
      public boolean tryAcquire() {
        return lock.tryAcquire();
      }

      @Override
      public boolean stillHeld() {
        return lock.stillHeld();
      }

      @Override
      public void close() {
        lock.close();
      }
    };
  }
}
