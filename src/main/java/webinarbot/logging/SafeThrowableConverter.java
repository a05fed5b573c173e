package webinarbot.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %safeEx} in logback.xml, and the {@code error} of JSON lines: the stack trace as logback
 * prints it, with each exception's message escaped ({@link LogText}). Messages are where libraries
 * quote what they were given, such as a request's text; the frames are the bot's and its libraries'
 * own.
 */
public final class SafeThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return super.throwableProxyToString(new Escaped(tp));
  }

  /** The same exception, cause and suppressed ones included, with its message escaped. */
  private record Escaped(IThrowableProxy tp) implements IThrowableProxy {
    private static IThrowableProxy of(IThrowableProxy tp) {
      return tp == null ? null : new Escaped(tp);
    }

    @Override
    public String getMessage() {
      return LogText.escape(tp.getMessage());
    }

    @Override
    public String getClassName() {
      return tp.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return tp.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return tp.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return of(tp.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] suppressed = tp.getSuppressed();
      if (suppressed == null) {
        return null;
      }
      IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
      for (int i = 0; i < suppressed.length; i++) {
        escaped[i] = of(suppressed[i]);
      }
      return escaped;
    }

    @Override
    public boolean isCyclic() {
      return tp.isCyclic();
    }
  }
}
