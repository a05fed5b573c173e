package webinarbot.testing;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;
import webinarbot.testing.logging.QuietUnlessCaptured;

/**
 * Everything the bot writes to standard error while open: its log, in whatever format and at
 * whatever level it was set to. Closing it restores standard error and puts logback back as
 * logback-test.xml configures it, so tests that change levels or formats leave no trace. Outside a
 * capture the test JVM's log reaches no console ({@link QuietUnlessCaptured}).
 */
public final class LogCapture implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  public LogCapture() {
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    QuietUnlessCaptured.captureOpened();
  }

  public String text() {
    synchronized (bytes) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  public List<String> lines() {
    return text().lines().toList();
  }

  @Override
  public void close() throws JoranException {
    QuietUnlessCaptured.captureClosed();
    System.setErr(original);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }
}
