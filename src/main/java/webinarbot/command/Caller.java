package webinarbot.command;

/**
 * Who typed the command. The maintainer check is asked only by commands that need it, so platforms
 * can answer it lazily (Slack resolves user groups over the API).
 */
public interface Caller {
  /** The platform's user id, for logs. */
  String id();

  boolean isMaintainer();
}
