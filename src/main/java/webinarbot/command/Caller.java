package webinarbot.command;

/**
 * Who typed the command. The maintainer check is asked only by commands that need it, so platforms
 * can answer it lazily (Slack resolves user groups over the API).
 */
public interface Caller {
  /** {@code slack} or {@code discord}: whose user id {@link #id} is. */
  String platform();

  /** The platform's user id: for logs, and whom a personal reminder goes to. */
  String id();

  boolean isMaintainer();
}
