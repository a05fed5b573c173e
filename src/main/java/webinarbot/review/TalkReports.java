package webinarbot.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.schedule.PlanEntry;

/** Makes each talk's part of the review: the forecast, the previews, the calendar change. */
final class TalkReports {
  private final Forecaster forecaster;
  private final List<PostRenderer> renderers;
  private final IcsChange ics;
  private final Instant now;

  TalkReports(Forecaster forecaster, List<PostRenderer> renderers, IcsChange ics, Instant now) {
    this.forecaster = forecaster;
    this.renderers = renderers;
    this.ics = ics;
    this.now = now;
  }

  TalkReport of(TalkDelta d) {
    TalkForecast f = forecaster.of(d);
    Optional<Preview> preview = preview(d, f, now);
    Map<String, String> rendered = new LinkedHashMap<>();
    preview.ifPresent(p -> renderers.forEach(r -> rendered.put(r.platform(), r.render(p.post()))));
    Optional<String> notice =
        f.notice()
            .filter(n -> preview.map(p -> !p.post().equals(n)).orElse(true))
            .map(n -> text().render(n));
    return new TalkReport(
        d,
        f,
        preview.map(Preview::caption),
        rendered,
        notice,
        d.status() == TalkDelta.Status.BROKEN ? List.of() : ics.of(d.before(), d.after()));
  }

  /**
   * What members will see: a talk's next post (for a new talk, its first), else what the edited
   * messages will read, else the announcement; the cancellation of a cancelled or removed one;
   * nothing for a page the bot keeps as it was.
   */
  private static Optional<Preview> preview(TalkDelta d, TalkForecast f, Instant now) {
    return switch (d.status()) {
      case ADDED, CHANGED -> Optional.of(next(d.after().orElseThrow(), f));
      case CANCELLED, REMOVED -> {
        Post.About p =
            f.notice().orElse(new Post.About(PostKind.CANCELLATION, d.shown().asCancelled()));
        yield Optional.of(new Preview(p, p.kind().code() + ", " + ZoneTimes.utc(now)));
      }
      case BROKEN -> Optional.empty();
    };
  }

  private static Preview next(Webinar w, TalkForecast f) {
    if (!f.planned().isEmpty()) {
      PlanEntry first = f.planned().get(0);
      return new Preview(
          new Post.About(first.post().kind(), w),
          first.post().kind().code() + ", " + ZoneTimes.utc(first.at()));
    }
    if (!f.edited().isEmpty()) {
      PostKind k = f.edited().get(0).post().kind();
      return new Preview(new Post.About(k, w), k.code() + ", as the edited message reads");
    }
    return new Preview(new Post.About(PostKind.ANNOUNCEMENT, w), "announcement, when announced");
  }

  /** A post to show and what it is: its kind and when it goes out. */
  record Preview(Post.About post, String caption) {}

  private PostRenderer text() {
    return renderers.stream().filter(r -> r.platform().equals("text")).findFirst().orElseThrow();
  }
}
