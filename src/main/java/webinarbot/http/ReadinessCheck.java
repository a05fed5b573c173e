package webinarbot.http;

/**
 * One thing {@code /readyz} asks before saying the bot can do its job: the database answers, a
 * configured chat platform is connected. Checks are called on a probe's thread, every few seconds,
 * so they are cheap (cache anything that costs a network round trip) and never throw.
 */
public interface ReadinessCheck {
  /** {@code database}, {@code slack}, {@code discord}: the key in the {@code /readyz} answer. */
  String name();

  Result check();

  /**
   * @param detail a short line for an operator: what was seen, or what to look at; never a secret
   */
  record Result(boolean ready, String detail) {
    public static Result ready(String detail) {
      return new Result(true, detail);
    }

    public static Result notReady(String detail) {
      return new Result(false, detail);
    }
  }
}
