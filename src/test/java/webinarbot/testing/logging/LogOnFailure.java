package webinarbot.testing.logging;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.LoggerFactory;

/**
 * Prints what the bot logged during a test after that test fails, and nothing when it passes.
 * Registered for every test (META-INF/services, {@code junit.jupiter.extensions.autodetection}).
 * Exceptions that escape a thread are logged too, so they are shown with the failure they may
 * explain instead of on the console of a passing run.
 */
public final class LogOnFailure implements BeforeEachCallback, TestWatcher {
  static {
    if (Boolean.getBoolean(QuietUnlessCaptured.QUIET)) {
      Thread.setDefaultUncaughtExceptionHandler(
          (thread, e) ->
              LoggerFactory.getLogger("uncaught")
                  .error("exception in thread \"{}\"", thread.getName(), e));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestLogAppender.clear();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    String log = TestLogAppender.text();
    String test =
        context.getTestClass().map(Class::getSimpleName).orElse("")
            + " "
            + context.getDisplayName();
    PrintStream err = System.err;
    if (log.isEmpty()) {
      err.println("----- " + test + " logged nothing -----");
    } else {
      err.println("----- what " + test + " logged -----");
      err.print(log);
      err.println("----- end of the log of " + test + " -----");
    }
    err.flush();
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    TestLogAppender.clear();
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    TestLogAppender.clear();
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    TestLogAppender.clear();
  }
}
