package webinarbot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import webinarbot.config.Settings;

/**
 * One gateway session: a JDA client logged in with the bot token, and whether it is ready. A
 * replica opens at most one at a time; in a cluster, only the replica holding the gateway lock.
 */
final class DiscordSession implements AutoCloseable {
  private final JDA jda;
  private final Readiness readiness;

  private DiscordSession(JDA jda, Readiness readiness) {
    this.jda = jda;
    this.readiness = readiness;
  }

  /** Starts connecting and returns at once. */
  static DiscordSession open(Settings.Discord settings, String token) {
    Readiness readiness = new Readiness();
    return new DiscordSession(DiscordConnection.open(settings, token, readiness), readiness);
  }

  JDA jda() {
    return jda;
  }

  Readiness readiness() {
    return readiness;
  }

  /** Closes the gateway connection at once: for a replica that lost the gateway lock. */
  void abort() {
    jda.shutdownNow();
  }

  /** Lets requests in flight finish for a few seconds, then closes the connection. */
  @Override
  public void close() {
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
