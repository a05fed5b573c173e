package webinarbot.testing.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets log events reach standard error only while a test captures it ({@link
 * webinarbot.testing.LogCapture}), in the test JVM. Elsewhere (a process a test starts, or {@code
 * -Dwebinarbot.tests.quiet=false}) everything passes, as with the jar's own logback.xml.
 */
public final class QuietUnlessCaptured extends Filter<ILoggingEvent> {
  /** Set by the pom for the test JVM. */
  public static final String QUIET = "webinarbot.tests.quiet";

  private static final AtomicInteger CAPTURES = new AtomicInteger();

  /** A capture of standard error has opened. */
  public static void captureOpened() {
    CAPTURES.incrementAndGet();
  }

  /** A capture of standard error has closed. */
  public static void captureClosed() {
    CAPTURES.decrementAndGet();
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (!Boolean.getBoolean(QUIET) || CAPTURES.get() > 0) {
      return FilterReply.NEUTRAL;
    }
    return FilterReply.DENY;
  }
}
