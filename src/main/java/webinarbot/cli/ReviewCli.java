package webinarbot.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.review.Review;
import webinarbot.review.ReviewException;
import webinarbot.review.ReviewFormat;

/**
 * {@code review --base DIR|REF [--head DIR|REF]}: what a content change will post, edit, cancel.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Show what a content change will post, edit and cancel once merged, and the lint problems",
      "it brings: for a pull request comment. A ref is read from the git repository holding the",
      "content, without a checkout; a folder is a copy of that repository (or of the site)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the change brings no lint errors",
      "1:the change brings lint errors",
      "2:usage or configuration error, or a ref or folder not found"
    })
final class ReviewCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Option(
      names = "--base",
      required = true,
      paramLabel = "DIR|REF",
      description = "the site before the change: a folder, or a git ref such as origin/main")
  String base;

  @Option(
      names = "--head",
      paramLabel = "DIR|REF",
      description = "the site after the change (default: the working tree, as lint reads it)")
  String head;

  @Option(
      names = "--format",
      defaultValue = "TEXT",
      description = "text, markdown (a pull request comment) or json; default text")
  ReviewFormat format;

  @Mixin NowOption now;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    Review.Result result;
    try {
      result =
          new Review(ctx.settings(), ctx.renderers(), ctx.clock())
              .run(new Review.Request(base, Optional.ofNullable(head), now.given()));
    } catch (ReviewException e) {
      throw new CliFailure(ExitCodes.USAGE, e.getMessage());
    }
    String out =
        format == ReviewFormat.JSON ? Json.write(result.json()) + "\n" : result.render(format);
    ctx.out().print(out);
    ctx.out().flush();
    return result.bringsErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
