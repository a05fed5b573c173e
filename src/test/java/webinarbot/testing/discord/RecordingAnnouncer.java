package webinarbot.testing.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import webinarbot.delivery.Announcer;
import webinarbot.domain.PostKind;

/**
 * The announcer seam of the chat commands: records what was asked and answers that it was posted in
 * the stand-in's announcements channel. Delivery itself is tested where it lives.
 */
public final class RecordingAnnouncer implements Announcer {
  /** One call. */
  public record Call(String webinarId, PostKind kind, boolean dryRun) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();

  @Override
  public Outcome announce(String webinarId, PostKind kind, boolean dryRun) {
    calls.add(new Call(webinarId, kind, dryRun));
    return new Outcome(
        List.of("discord:" + DiscordWorld.ANNOUNCEMENTS),
        List.of("slack:C0123"),
        List.of("discord:" + DiscordWorld.LOCKED + ": missing access"));
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public void forget() {
    calls.clear();
  }
}
