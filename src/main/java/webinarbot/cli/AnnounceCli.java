package webinarbot.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import webinarbot.app.Outbound;
import webinarbot.command.PastTalk;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.LedgerAnnouncer;
import webinarbot.delivery.Routing;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.storage.StorageException;

/**
 * {@code announce ID}: posts about a webinar now, through the same ledger as the running bot, so a
 * channel that already has this post in this revision does not get it again.
 */
@Command(
    name = "announce",
    mixinStandardHelpOptions = true,
    description = "Post about a webinar now, on every configured channel that lacks the post.")
final class AnnounceCli implements Callable<Integer> {
  /** How long to wait for a slow or rate-limited platform before reporting. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @ParentCommand WebinarBotCommand root;

  @Parameters(paramLabel = "ID", description = "the webinar's id, or its page's file name or path")
  String id;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "announcement",
      completionCandidates = KindOption.ByHand.class,
      description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String kind;

  @Option(names = "--dry-run", description = "show where it would be posted; post nothing")
  boolean dryRun;

  @Option(
      names = "--force",
      description = "post even though the talk has started or is over (refused otherwise)")
  boolean force;

  private static void refuse(String why) {
    throw new CliFailure(ExitCodes.FAILED, why);
  }

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    PostKind k = KindOption.parse(kind, ctx.settings().schedule().reminders(), false);
    Catalogue catalogue = ctx.loadContent().catalogue();
    Webinar w = WebinarLookup.find(catalogue, id);
    if (!force) {
      PastTalk.refusal(w, k, ctx.clock().instant())
          .ifPresent(why -> refuse(why + ". Nothing was posted; add --force to post it anyway."));
    }
    try (Outbound out =
        Outbound.open(
            Outbound.Mode.ONE_SHOT,
            ctx.settings(),
            ctx.secrets(),
            ctx.clock(),
            ctx.out(),
            () -> catalogue,
            new SimpleMeterRegistry())) {
      Announcer.Outcome o =
          new LedgerAnnouncer(
                  () -> catalogue,
                  out.delivery(),
                  ctx.clock(),
                  PATIENCE,
                  new Routing(ctx.settings().schedule().routes()))
              .announce(id, k, dryRun);
      report(ctx.out(), k, o);
      return o.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (StorageException e) {
      throw new CliFailure(ExitCodes.FAILED, e.getMessage());
    }
  }

  private void report(PrintWriter out, PostKind k, Announcer.Outcome o) {
    out.println(k.code() + " of " + id + (dryRun ? " (dry run, nothing posted)" : "") + ":");
    line(out, dryRun ? "would post to" : "posted to", o.posted());
    line(out, "already posted to", o.alreadyPosted());
    line(out, "failed", o.failed());
    out.flush();
  }

  private static void line(PrintWriter out, String label, List<String> items) {
    if (!items.isEmpty()) {
      out.println("  " + label + ": " + String.join("; ", items));
    }
  }
}
