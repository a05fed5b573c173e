package webinarbot.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.config.Settings;
import webinarbot.delivery.ConsoleNotifier;
import webinarbot.delivery.PostRenderer;
import webinarbot.delivery.Target;
import webinarbot.schedule.ReminderPlanner;

/**
 * {@code review}: what a content change will post, edit and cancel once merged. Both sides are read
 * with the reader {@code lint} and {@code serve} use, planned with the planner the bot runs, and
 * compared talk by talk.
 */
public final class Review {
  private final Settings settings;
  private final List<PostRenderer> renderers;
  private final Clock clock;

  /**
   * @param renderers one per platform ({@code text}, {@code slack}, {@code discord})
   * @param clock the last resort for "now" (see {@link Request#now})
   */
  public Review(Settings settings, List<PostRenderer> renderers, Clock clock) {
    this.settings = settings;
    this.renderers = List.copyOf(renderers);
    this.clock = clock;
  }

  /**
   * @param base a folder or a git ref
   * @param head a folder or a git ref; empty for the site as it is on disk
   * @param now what to plan from; when empty, the head commit's time (for a folder in a repository:
   *     its checked-out commit's), else the clock
   */
  public record Request(String base, Optional<String> head, Optional<Instant> now) {}

  /** Compares the two sides; a ref or folder that cannot be found is a {@link ReviewException}. */
  public Result run(Request request) {
    Path content = settings.content().dir().toAbsolutePath().normalize();
    Optional<GitRepo> git = GitRepo.find(content).or(() -> GitRepo.find(Path.of("")));
    try {
      SiteLayout layout = SiteLayout.of(settings, git.map(GitRepo::top));
      SideResolver sides = new SideResolver(git, layout);
      Side base = sides.resolve("--base", request.base());
      Side head = request.head().map(h -> sides.resolve("--head", h)).orElseGet(sides::workingTree);
      Instant now;
      String nowSource;
      if (request.now().isPresent()) {
        now = request.now().get();
        nowSource = "--now";
      } else if (head.time().isPresent()) {
        now = head.time().get();
        nowSource = "the head commit's time";
      } else if (head instanceof Side.Folder && sides.headCommitTime().isPresent()) {
        now = sides.headCommitTime().get();
        nowSource = "the checked-out commit's time";
      } else {
        now = clock.instant();
        nowSource = "the clock (pass --now for a stable report)";
      }
      try (SideLoader loader = new SideLoader(settings, layout, git)) {
        List<LoadedSide> loaded = loader.load(base, head);
        return new Result(report(base, head, now, nowSource, loaded.get(0), loaded.get(1)));
      }
    } finally {
      git.ifPresent(GitRepo::close);
    }
  }

  private ReviewReport report(
      Side base, Side head, Instant now, String nowSource, LoadedSide b, LoadedSide h) {
    Forecaster forecaster =
        new Forecaster(new ReminderPlanner(settings.schedule()), targets(), now);
    TalkReports reports =
        new TalkReports(forecaster, renderers, new IcsChange(settings.site().baseUrl(), now), now);
    List<TalkReport> talks = new ArrayList<>();
    TalkDeltas.between(b, h).forEach(d -> talks.add(reports.of(d)));
    return new ReviewReport(
        describe(base),
        describe(head),
        now,
        nowSource,
        settings.review().zones(),
        talks,
        IntroducedDiagnostics.of(b, h));
  }

  /** The configured channels, whether or not this machine has the platforms' secrets. */
  private List<Target> targets() {
    List<Target> out = new ArrayList<>();
    Settings routed = settings.withRouteChannels();
    routed.slack().channels().forEach(c -> out.add(new Target("slack", c)));
    routed.discord().channels().forEach(c -> out.add(new Target("discord", c)));
    return out.isEmpty() ? List.of(ConsoleNotifier.STDOUT) : out;
  }

  private static String describe(Side s) {
    return s instanceof Side.Commit c ? c.label() + " (" + c.abbrev() + ")" : s.label();
  }

  /** A finished review, rendered on demand. */
  public static final class Result {
    private final ReviewReport report;

    Result(ReviewReport report) {
      this.report = report;
    }

    /** True when the change brings lint errors the base did not have. */
    public boolean bringsErrors() {
      return report.bringsErrors();
    }

    /** The text or markdown report. */
    public String render(ReviewFormat format) {
      return switch (format) {
        case TEXT -> TextReport.render(report);
        case MARKDOWN -> MarkdownReport.render(report);
        case JSON -> throw new IllegalArgumentException("JSON is written from json()");
      };
    }

    /** The report as maps and lists, for a JSON writer. */
    public Map<String, Object> json() {
      return JsonReport.of(report);
    }
  }
}
