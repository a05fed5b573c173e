package webinarbot.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.app.Outbound;
import webinarbot.config.Settings;
import webinarbot.delivery.Routing;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.schedule.DeliveryHistory;
import webinarbot.schedule.Plan;
import webinarbot.schedule.PlanEntry;
import webinarbot.schedule.ReminderPlanner;
import webinarbot.schedule.WeeklyDigest;

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

  @Mixin NowOption now;

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
    Instant at = now.or(ctx.clock());
    if (until != null && until.isBefore(at)) {
      throw new CliFailure(ExitCodes.USAGE, "--until " + until + " is before --now " + at);
    }
    Catalogue catalogue = ctx.loadContent().catalogue();
    Outbound.targetWarnings(ctx.settings(), ctx.secrets())
        .forEach(w -> ctx.err().println("webinar-bot: warning: " + w));
    ctx.err().flush();
    Plan plan =
        new ReminderPlanner(ctx.settings().schedule())
            .plan(
                catalogue,
                Map.of(),
                DeliveryHistory.empty(),
                Outbound.targets(ctx.settings(), ctx.secrets()),
                at);
    List<Row> entries = new ArrayList<>();
    plan.entries().stream()
        .filter(e -> until == null || !e.at().isAfter(until))
        .map(Row::of)
        .forEach(entries::add);
    digests(ctx, catalogue, at).forEach(entries::add);
    entries.sort(Comparator.comparing(Row::at));
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

  /** The weekly digests, to the default route's targets, when {@code schedule.digest} is set. */
  private List<Row> digests(CliContext ctx, Catalogue catalogue, Instant at) {
    Settings.Schedule schedule = ctx.settings().schedule();
    if (schedule.digest().isEmpty()) {
      return List.of();
    }
    List<String> targets =
        new Routing(schedule.routes())
            .defaultTargets(Outbound.targets(ctx.settings(), ctx.secrets())).stream()
                .map(Target::key)
                .toList();
    WeeklyDigest weekly = new WeeklyDigest(schedule.digest().get(), schedule.timezone());
    return weekly.dueAfter(catalogue, at, Optional.ofNullable(until)).stream()
        .map(
            d ->
                new Row(
                    weekly.at(d.weekOf()),
                    PostKind.DIGEST.code(),
                    "week-of-" + d.weekOf(),
                    targets))
        .toList();
  }

  /** One post in the timeline: a webinar's, or a weekly digest (its id names the week). */
  private record Row(Instant at, String kind, String id, List<String> targets) {
    static Row of(PlanEntry e) {
      return new Row(
          e.at(),
          e.post().kind().code(),
          e.webinarId(),
          e.targets().stream().map(Target::key).toList());
    }
  }

  private static Map<String, Object> json(Row e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("id", e.id());
    m.put("kind", e.kind());
    m.put("targets", e.targets());
    return m;
  }

  /** {@code AT KIND ID TARGETS}, columns aligned. */
  private static String text(List<Row> entries) {
    int kindWidth = entries.stream().mapToInt(e -> e.kind().length()).max().orElse(0);
    int idWidth = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (Row e : entries) {
      b.append(e.at())
          .append("  ")
          .append(pad(e.kind(), kindWidth))
          .append("  ")
          .append(pad(e.id(), idWidth))
          .append("  ")
          .append(String.join(", ", e.targets()))
          .append('\n');
    }
    return b.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
