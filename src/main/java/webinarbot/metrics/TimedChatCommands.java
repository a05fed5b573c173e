package webinarbot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import webinarbot.command.Arguments;
import webinarbot.command.Caller;
import webinarbot.command.ChatCommand;
import webinarbot.command.ChatCommands;
import webinarbot.command.CommandSpec;
import webinarbot.command.Reply;

/**
 * Times every {@code /webinars} subcommand, by platform, command and outcome, as a Prometheus
 * histogram ({@code webinarbot_commands_seconds}). A decorator, so the platforms and the commands
 * stay free of metrics: the composition root hands each platform its own timed copy.
 */
public final class TimedChatCommands {
  private static final String NAME = "webinarbot.commands";

  private TimedChatCommands() {}

  /** The same commands, in the same order (the first stays the default), each one timed. */
  public static ChatCommands of(ChatCommands commands, String platform, MeterRegistry registry) {
    return new ChatCommands(
        commands.all().stream().map(c -> (ChatCommand) new Timed(c, platform, registry)).toList());
  }

  private record Timed(ChatCommand inner, String platform, MeterRegistry registry)
      implements ChatCommand {
    @Override
    public CommandSpec spec() {
      return inner.spec();
    }

    @Override
    public Reply run(Caller caller, Arguments arguments) {
      Timer.Sample sample = Timer.start(registry);
      String outcome = "error";
      try {
        Reply reply = inner.run(caller, arguments);
        outcome = outcome(reply);
        return reply;
      } finally {
        sample.stop(
            Timer.builder(NAME)
                .description("time to answer one /webinars subcommand")
                .tag("platform", platform)
                .tag("command", inner.spec().name())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry));
      }
    }

    private static String outcome(Reply reply) {
      return reply.render(OUTCOMES);
    }
  }

  /** The outcome tag of each kind of reply. */
  private static final Reply.Renderer<String> OUTCOMES =
      new Reply.Renderer<>() {
        @Override
        public String webinars(Reply.Webinars list) {
          return "list";
        }

        @Override
        public String detail(Reply.Detail detail) {
          return "detail";
        }

        @Override
        public String text(Reply.Text text) {
          return "text";
        }

        @Override
        public String announced(Reply.Announced announced) {
          return "announced";
        }

        @Override
        public String reminder(Reply.Reminder reminder) {
          return "reminder";
        }
      };
}
