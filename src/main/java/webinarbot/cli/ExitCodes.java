package webinarbot.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
  /** Success; for lint: clean, or warnings only. */
  public static final int OK = 0;

  /** The command ran and found errors (lint), or what was asked for does not exist. */
  public static final int FAILED = 1;

  /** Bad options, arguments or configuration. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
