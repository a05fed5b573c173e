package webinarbot.testing.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps what was logged during the current test, for {@link LogOnFailure} to print if it fails. The
 * lines are held outside the appender, so a test that resets logback loses none of them.
 */
public final class TestLogAppender extends AppenderBase<ILoggingEvent> {
  /** Enough for any one test; a runaway logger only costs the oldest lines. */
  private static final int MAX_LINES = 5_000;

  private static final Deque<String> LINES = new ArrayDeque<>();
  private Encoder<ILoggingEvent> encoder;

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  @Override
  public void start() {
    if (encoder != null) {
      encoder.start();
    }
    super.start();
  }

  @Override
  protected void append(ILoggingEvent event) {
    String line =
        encoder == null
            ? event.getFormattedMessage() + "\n"
            : new String(encoder.encode(event), StandardCharsets.UTF_8);
    synchronized (LINES) {
      LINES.addLast(line);
      if (LINES.size() > MAX_LINES) {
        LINES.removeFirst();
      }
    }
  }

  /** Forgets what earlier tests logged. */
  static void clear() {
    synchronized (LINES) {
      LINES.clear();
    }
  }

  /** What was logged since the last {@link #clear}. */
  static String text() {
    synchronized (LINES) {
      return String.join("", LINES);
    }
  }
}
