package webinarbot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.config.Settings;
import webinarbot.testing.LogCapture;

/** log.format and log.level, as serve applies them. */
class LogSetupTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger BOT = LoggerFactory.getLogger("webinarbot.schedule.Example");
  private static final Logger SLACK_SDK = LoggerFactory.getLogger("com.slack.api.methods.Example");

  private static List<JsonNode> parse(List<String> lines) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String line : lines) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void givenJsonFormat_whenAMultiLineMessageAndAnErrorAreLogged_thenEachIsOneJsonObjectPerLine()
      throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(true, "INFO"));

      BOT.info("posted \"{}\" to {}\nsecond line", "Calico/VPP", "slack:C0123");
      BOT.error("delivery failed", new IllegalStateException("channel_not_found"));
      List<JsonNode> lines = parse(log.lines());

      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).path("message").asText())
          .isEqualTo("posted \"Calico/VPP\" to slack:C0123\\nsecond line");
      assertThat(lines.get(0).path("level").asText()).isEqualTo("INFO");
      assertThat(lines.get(0).path("logger").asText()).isEqualTo("webinarbot.schedule.Example");
      assertThat(lines.get(0).path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(lines.get(1).path("error").asText())
          .startsWith("java.lang.IllegalStateException: channel_not_found")
          .contains("\tat webinarbot.logging.LogSetupTest");
    }
  }

  @Test
  void givenLevelWarn_whenInfoAndWarnAreLogged_thenOnlyTheWarningIsWritten() throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(true, "WARN"));

      BOT.info("routine");
      BOT.warn("reminder skipped: 45m late, grace is 30m");

      assertThat(parse(log.lines()))
          .extracting(n -> n.path("message").asText())
          .containsExactly("reminder skipped: 45m late, grace is 30m");
    }
  }

  @Test
  void givenLevelInfo_whenASdkLogsItsStartUpChatter_thenOnlyItsWarningsShow() throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(true, "INFO"));

      SLACK_SDK.info("Quartz Scheduler v2.5.2 created.");
      SLACK_SDK.warn("connection refused; retrying");
      BOT.info("Slack is on");

      assertThat(parse(log.lines()))
          .extracting(n -> n.path("message").asText())
          .containsExactly("connection refused; retrying", "Slack is on");
    }
  }

  @Test
  void givenLevelDebug_whenTheBotAndASdkLogDebugLines_thenOnlyTheBotsAreWritten() throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(true, "DEBUG"));

      BOT.debug("planned 4 reminders");
      SLACK_SDK.debug("Authorization: Bearer xoxb-would-leak");
      SLACK_SDK.info("SDK info still shows");

      assertThat(parse(log.lines()))
          .extracting(n -> n.path("message").asText())
          .containsExactly("planned 4 reminders", "SDK info still shows");
    }
  }

  @Test
  void givenTextFormat_whenALineIsLogged_thenItIsTimeLevelThreadLoggerAndMessage()
      throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(false, "INFO"));
      BOT.info("plain");

      assertThat(log.lines())
          .singleElement()
          .asString()
          .matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z INFO  \\[main] w\\.schedule\\.Example - plain");
    }
  }

  /** What a client might get into a log line: a forged next line, a terminal escape, a C1 code. */
  private static final String FORGED =
      "list\r\n2026-12-01T08:42:00.000Z INFO  [main] w.s.SlackModule - FORGED\u001b[2J\u009b\u2028";

  @Test
  void givenTextFormat_whenAMessageQuotesAForgedLine_thenItStaysOneLineWithVisibleEscapes()
      throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(false, "INFO"));

      BOT.info("/webinars {} by {} failed", FORGED, "U1");

      assertThat(log.lines())
          .singleElement()
          .asString()
          .endsWith(
              " - /webinars list\\r\\n2026-12-01T08:42:00.000Z INFO  [main] w.s.SlackModule - "
                  + "FORGED\\u001b[2J\\u009b\\u2028 by U1 failed");
    }
  }

  @Test
  void givenTextFormat_whenAnExceptionMessageQuotesAForgedLine_thenTheTraceStartsNoForgedLine()
      throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(false, "INFO"));

      BOT.error(
          "request failed",
          new IllegalStateException("bad", new IllegalArgumentException("cause " + FORGED)));

      List<String> lines = log.lines();
      assertThat(lines.get(0)).endsWith(" - request failed");
      assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: bad");
      assertThat(lines)
          .filteredOn(l -> l.contains("FORGED"))
          .singleElement()
          .asString()
          .startsWith("Caused by: java.lang.IllegalArgumentException: cause list\\r\\n2026");
      assertThat(lines.subList(1, lines.size()))
          .allMatch(l -> l.startsWith("\t") || l.startsWith("java.") || l.startsWith("Caused by:"));
    }
  }

  @Test
  void givenJsonFormat_whenAMessageAndAnExceptionQuoteAForgedLine_thenOneObjectWithEscapesShown()
      throws Exception {
    try (LogCapture log = new LogCapture()) {
      LogSetup.apply(new Settings.Log(true, "INFO"));

      BOT.error("/webinars {} failed", FORGED, new IllegalStateException(FORGED));
      List<JsonNode> lines = parse(log.lines());

      assertThat(lines).hasSize(1);
      assertThat(lines.get(0).path("message").asText())
          .doesNotContain("\n", "\r", "\u001b", "\u009b", "\u2028")
          .contains("list\\r\\n2026-12-01T08:42:00.000Z");
      assertThat(lines.get(0).path("error").asText())
          .startsWith("java.lang.IllegalStateException: list\\r\\n2026")
          .doesNotContain("\u001b");
    }
  }
}
