package webinarbot.app;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.content.Diagnostic;
import webinarbot.content.LoadResult;
import webinarbot.discord.DiscordModule;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.Webinar;
import webinarbot.slack.SlackModule;

/**
 * What {@code serve} says once it runs, so a first start shows something: what was loaded and what
 * comes next ({@code 4 webinars; next: reminder-7d for vpp-2612 on Thu 3 Dec 17:00 UTC, in 2
 * days}), the lint warnings of the pages, and settings that are surely not what was meant.
 */
public final class StartupSummary {
  /** Enough warnings to see what is wrong; lint lists them all. */
  static final int MAX_WARNINGS = 20;

  /** The posts planned for one webinar, in time order: what the scheduler will post. */
  public interface Pending {
    List<PlannedPost> of(String webinarId) throws Exception;
  }

  private StartupSummary() {}

  /**
   * The headline: webinars loaded, pages and problems, and the next post.
   *
   * @param maxLead the longest reminder lead: no post about a talk comes earlier than that before
   *     its start, which bounds how many talks are asked for their pending posts
   */
  public static String headline(
      LoadResult load,
      List<Webinar> upcoming,
      Pending pending,
      Optional<Instant> nextDigest,
      Duration maxLead,
      Instant now)
      throws Exception {
    Optional<PlannedPost> next = next(upcoming, pending, maxLead);
    StringBuilder b = new StringBuilder();
    b.append(load.catalogue().size())
        .append(" webinars (")
        .append(upcoming.size())
        .append(" upcoming) from ")
        .append(load.pages())
        .append(" pages, ")
        .append(load.errorCount())
        .append(" error(s), ")
        .append(load.warningCount())
        .append(" warning(s); next: ");
    boolean digestFirst =
        nextDigest.isPresent() && (next.isEmpty() || nextDigest.get().isBefore(next.get().at()));
    if (digestFirst) {
      b.append("the weekly digest ").append(when(nextDigest.get(), now));
    } else if (next.isPresent()) {
      b.append(next.get().kind().code())
          .append(" for ")
          .append(next.get().webinarId())
          .append(' ')
          .append(when(next.get().at(), now));
    } else {
      b.append(upcoming.isEmpty() ? "nothing, no webinar is upcoming" : "nothing is planned");
    }
    return b.toString();
  }

  /**
   * The earliest pending post. Talks are asked in start order, and no longer once a talk starts so
   * late that even its earliest reminder would come after the best found.
   */
  static Optional<PlannedPost> next(List<Webinar> upcoming, Pending pending, Duration maxLead)
      throws Exception {
    List<Webinar> byStart =
        upcoming.stream().sorted(Comparator.comparing(w -> w.time().startInstant())).toList();
    PlannedPost best = null;
    for (Webinar w : byStart) {
      if (best != null && !w.time().startInstant().minus(maxLead).isBefore(best.at())) {
        break;
      }
      for (PlannedPost p : pending.of(w.id())) {
        if (best == null || p.at().isBefore(best.at())) {
          best = p;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code on Thu 3 Dec 17:00 UTC, in 2 days} (the year only when it is not this one). */
  static String when(Instant at, Instant now) {
    boolean sameYear = at.atZone(ZoneOffset.UTC).getYear() == now.atZone(ZoneOffset.UTC).getYear();
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(
                sameYear ? "EEE d MMM HH:mm 'UTC'" : "EEE d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    return "on " + f.format(at) + ", " + in(Duration.between(now, at));
  }

  private static String in(Duration d) {
    if (d.compareTo(Duration.ofMinutes(1)) < 0) {
      return "now";
    }
    if (d.toDays() >= 2) {
      return "in " + d.toDays() + " days";
    }
    if (d.toHours() >= 2) {
      return "in " + d.toHours() + " hours";
    }
    return d.toMinutes() == 1 ? "in 1 minute" : "in " + d.toMinutes() + " minutes";
  }

  /** The pages' warnings (errors are logged as they are found), at most {@link #MAX_WARNINGS}. */
  public static List<String> warnings(LoadResult load) {
    List<Diagnostic> all =
        load.diagnostics().stream().filter(d -> !d.isError()).sorted(Diagnostic.ORDER).toList();
    List<String> out = new ArrayList<>();
    all.stream().limit(MAX_WARNINGS).forEach(d -> out.add(d.format()));
    if (all.size() > MAX_WARNINGS) {
      out.add("… and " + (all.size() - MAX_WARNINGS) + " more warnings: run lint for every one");
    }
    return out;
  }

  /**
   * Settings that are surely not what was meant: the placeholder {@code site.base_url} while a chat
   * platform is on, which puts localhost links into posts and calendar UIDs.
   */
  public static List<String> settingWarnings(Settings settings, Secrets secrets) {
    List<String> out = new ArrayList<>();
    URI placeholder = URI.create(ConfigLoader.DEFAULT_BASE_URL);
    boolean platformOn = SlackModule.isOn(secrets) || DiscordModule.isOn(secrets);
    if (platformOn && settings.site().baseUrl().equals(placeholder)) {
      out.add(
          "site.base_url is still the default "
              + placeholder
              + " (a local Hugo server): links in posts and calendar UIDs will point there; set"
              + " site.base_url to your site's address, such as https://fd.io");
    }
    return out;
  }
}
