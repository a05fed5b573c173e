package webinarbot.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line, for log collectors: {@code time} (ISO-8601, UTC), {@code level}, {@code
 * logger}, {@code thread}, {@code message}, the MDC's entries, and {@code error} (the stack trace)
 * when there is one. The message has its control characters escaped as the text format's has
 * ({@link LogText}: {@code \n} stays the two characters it is, also once a collector decodes the
 * JSON), and so have the exception messages in {@code error}; Jackson escapes the rest, so an event
 * is always one line.
 */
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SafeThrowableConverter stackTrace = new SafeThrowableConverter();

  @Override
  public void start() {
    stackTrace.setContext(getContext());
    stackTrace.start();
    super.start();
  }

  @Override
  public void stop() {
    stackTrace.stop();
    super.stop();
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", DateTimeFormatter.ISO_INSTANT.format(event.getInstant()));
    line.put("level", event.getLevel().toString());
    line.put("logger", event.getLoggerName());
    line.put("thread", event.getThreadName());
    line.put("message", LogText.escape(event.getFormattedMessage()));
    event.getMDCPropertyMap().forEach(line::putIfAbsent);
    if (event.getThrowableProxy() != null) {
      line.put("error", stackTrace.convert(event).strip());
    }
    try {
      return JSON.writeValueAsString(line) + "\n";
    } catch (JsonProcessingException e) {
      return "{\"level\":\"ERROR\",\"message\":\"unprintable log event\"}\n";
    }
  }
}
