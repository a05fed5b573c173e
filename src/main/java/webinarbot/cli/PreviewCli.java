package webinarbot.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import webinarbot.command.PastTalk;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** {@code preview ID --platform …}: exactly what would be sent. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Print exactly what would be posted about a webinar:",
      "Slack {text, blocks}, Discord {content, embeds, components, allowed_mentions}, or text."
    })
final class PreviewCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Parameters(paramLabel = "ID", description = "the webinar's id, or its page's file name or path")
  String id;

  @Option(names = "--platform", required = true, description = "slack, discord or text")
  String platform;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      completionCandidates = KindOption.Every.class,
      description =
          "one of ${COMPLETION-CANDIDATES} (default: announcement); with --now and no --kind,"
              + " the post due then")
  String kind;

  @Mixin NowOption now;

  @Option(
      names = "--force",
      description = "show it even though the talk has started or is over (refused otherwise)")
  boolean force;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    PostRenderer renderer = renderer(ctx.renderers());
    Catalogue catalogue = ctx.loadContent().catalogue();
    Webinar w = WebinarLookup.find(catalogue, id);
    PostKind k = kind(w, ctx);
    // Without --now a preview shows how a post looks, whatever the date (a pull request may edit
    // an old page); with it, what would be posted then, and nothing is about a past talk.
    if (!force && k.type().aboutOneWebinar() && now.given().isPresent()) {
      PastTalk.refusal(w, k, now.given().get())
          .ifPresent(
              why -> {
                throw new CliFailure(
                    ExitCodes.FAILED,
                    "at --now "
                        + now.given().get()
                        + " "
                        + why
                        + "; nothing would be posted (add --force to see it anyway)");
              });
    }
    Post post = k.type().aboutOneWebinar() ? new Post.About(k, w) : digest(catalogue, w, ctx);
    String rendered = renderer.render(post);
    ctx.out().print(rendered.endsWith("\n") ? rendered : rendered + "\n");
    ctx.out().flush();
    return ExitCodes.OK;
  }

  private PostRenderer renderer(List<PostRenderer> renderers) {
    String wanted = platform.toLowerCase(Locale.ROOT);
    return renderers.stream()
        .filter(r -> r.platform().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new CliFailure(
                    ExitCodes.USAGE,
                    "unknown platform \""
                        + platform
                        + "\"; use one of "
                        + String.join(
                            ", ", renderers.stream().map(PostRenderer::platform).toList())));
  }

  private PostKind kind(Webinar w, CliContext ctx) {
    if (kind != null) {
      return KindOption.parse(kind, ctx.settings().schedule().reminders(), true);
    }
    return now.given()
        .map(at -> dueAt(w, at, ctx.settings().schedule().reminders()))
        .orElse(PostKind.ANNOUNCEMENT);
  }

  /** The post the schedule would have made most recently at {@code at}. */
  static PostKind dueAt(Webinar w, Instant at, List<Duration> reminders) {
    if (w.cancelled()) {
      return PostKind.CANCELLATION;
    }
    if (w.time().isOver(at)) {
      return w.links().hasRecordingOrSlides() ? PostKind.FOLLOW_UP : PostKind.ANNOUNCEMENT;
    }
    Instant start = w.time().startInstant();
    return reminders.stream()
        .sorted()
        .filter(lead -> !at.isBefore(start.minus(lead)))
        .findFirst()
        .map(PostKind::reminder)
        .orElse(PostKind.ANNOUNCEMENT);
  }

  private Post digest(Catalogue catalogue, Webinar w, CliContext ctx) {
    ZoneId zone = ctx.settings().schedule().timezone();
    LocalDate monday =
        w.time()
            .start()
            .withZoneSameInstant(zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    Instant from = monday.atStartOfDay(zone).toInstant();
    Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    List<Webinar> week =
        webinarbot.schedule.WeeklyDigest.occurrences(catalogue)
            .filter(x -> !x.draft() && !x.cancelled())
            .filter(
                x ->
                    !x.time().startInstant().isBefore(from) && x.time().startInstant().isBefore(to))
            .sorted(java.util.Comparator.comparing(x -> x.time().startInstant()))
            .toList();
    return new Post.Digest(monday, week);
  }
}
