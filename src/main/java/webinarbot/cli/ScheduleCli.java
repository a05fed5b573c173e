package webinarbot.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.delivery.Target;
import webinarbot.schedule.DeliveryHistory;
import webinarbot.schedule.Plan;
import webinarbot.schedule.PlanEntry;
import webinarbot.schedule.ReminderPlanner;

/**
 * {@code schedule}: every post the bot would make, in time order, from the same planner the running
 * bot uses. It plans as a bot starting now with an empty database would: pages are first seen at
 * {@code --now}, so a talk whose first reminders are already past shows its catch-up announcement.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Show every announcement and reminder the bot would post, in time order.")
final class ScheduleCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "plan as of this instant (default: now)")
  Instant now;

  @Option(
      names = "--until",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "show posts up to this instant (default: all)")
  Instant until;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json; default text")
  OutputFormat format;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    Instant at = now != null ? now : ctx.clock().instant();
    if (until != null && until.isBefore(at)) {
      throw new CliFailure(ExitCodes.USAGE, "--until " + until + " is before --now " + at);
    }
    Plan plan =
        new ReminderPlanner(ctx.settings().schedule())
            .plan(
                ctx.loadContent().catalogue(),
                Map.of(),
                DeliveryHistory.empty(),
                ConfiguredTargets.of(ctx.settings()),
                at);
    List<PlanEntry> entries =
        plan.entries().stream().filter(e -> until == null || !e.at().isAfter(until)).toList();
    if (format == OutputFormat.JSON) {
      ctx.out().println(Json.write(entries.stream().map(ScheduleCli::json).toList()));
    } else if (entries.isEmpty()) {
      ctx.out().println("Nothing to post" + (until == null ? "." : " until " + until + "."));
    } else {
      ctx.out().print(text(entries));
    }
    ctx.out().flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(PlanEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("id", e.webinarId());
    m.put("kind", e.post().kind().code());
    m.put("targets", e.targets().stream().map(Target::key).toList());
    return m;
  }

  /** {@code AT KIND ID TARGETS}, columns aligned. */
  private static String text(List<PlanEntry> entries) {
    int kindWidth = entries.stream().mapToInt(e -> e.post().kind().code().length()).max().orElse(0);
    int idWidth = entries.stream().mapToInt(e -> e.webinarId().length()).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (PlanEntry e : entries) {
      b.append(e.at())
          .append("  ")
          .append(pad(e.post().kind().code(), kindWidth))
          .append("  ")
          .append(pad(e.webinarId(), idWidth))
          .append("  ")
          .append(String.join(", ", e.targets().stream().map(Target::key).toList()))
          .append('\n');
    }
    return b.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
