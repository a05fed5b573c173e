package webinarbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.Durations;
import webinarbot.domain.Links;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** Posts to channels as Slack messages: announcements, reminders, notices and the digest. */
final class PostMessages {
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private final CalendarLinks calendar;

  PostMessages(CalendarLinks calendar) {
    this.calendar = calendar;
  }

  SlackMessage render(Post post) {
    return post.render(this::about, PostMessages::digest);
  }

  /** The one switch over the kinds: the headline each opens with, and what it shows below. */
  private SlackMessage about(Post.About post) {
    PostKind kind = post.kind();
    return switch (kind.type()) {
      case ANNOUNCEMENT ->
          remindable(detailed(post, new Headline(":mega:", "New webinar"), List.of()), post);
      case REMINDER ->
          kind.lead().isZero()
              ? detailed(post, new Headline(":red_circle:", "Starting now"), List.of())
              : remindable(
                  detailed(
                      post,
                      new Headline(":alarm_clock:", "Starts in " + Durations.words(kind.lead())),
                      List.of()),
                  post);
      case UPDATE ->
          detailed(
              post,
              new Headline(":pencil2:", "Updated", "the details below changed"),
              post.changes());
      case CANCELLATION -> cancelled(post);
      case FOLLOW_UP -> followUp(post);
      case PERSONAL -> personal(post);
      case DIGEST -> throw new IllegalArgumentException("a digest is a Post.Digest");
    };
  }

  /**
   * The message with "Remind me" first among its link buttons (the last link gives way when there
   * are 25), or in a row of its own below when it has none.
   */
  private static SlackMessage remindable(SlackMessage m, Post.About post) {
    List<LayoutBlock> blocks = new ArrayList<>(m.blocks());
    int last = blocks.size() - 1;
    if (last >= 0 && blocks.get(last) instanceof ActionsBlock links) {
      blocks.set(last, BlockKit.withRemindMe(links, post.webinar().id()));
    } else if (blocks.size() < SlackLimits.BLOCKS) {
      blocks.add(BlockKit.remindMe(post.webinar().id(), false));
    }
    return new SlackMessage(m.text(), blocks);
  }

  /** Headline and time, {@code changed} (if any), then the talk in full. */
  private SlackMessage detailed(Post.About post, Headline headline, List<Change> changed) {
    Webinar w = post.webinar();
    String when = WebinarBlocks.when(w) + post.interestWords().map(n -> "\n:bell: " + n).orElse("");
    List<LayoutBlock> blocks = opening(w, headline, when);
    if (!changed.isEmpty()) {
      blocks.add(BlockKit.section(changes(changed), w.pageUrl()));
    }
    blocks.addAll(Details.of(w, blocks.size(), calendar));
    return new SlackMessage(fallback(headline.words(), w, post.changes()), blocks);
  }

  private static SlackMessage cancelled(Post.About post) {
    Webinar w = post.webinar();
    Headline headline =
        new Headline(":no_entry_sign:", "Cancelled", "this webinar will not take place");
    List<LayoutBlock> blocks =
        opening(w, headline, ":calendar: Was planned for " + SlackTime.mrkdwn(w.time()));
    blocks.add(BlockKit.buttons(WebinarBlocks.pageLink(w)));
    return new SlackMessage(fallback(headline.words(), w, post.changes()), blocks);
  }

  /** A direct message: the join link first, then the time; no description, no bios. */
  private SlackMessage personal(Post.About post) {
    Webinar w = post.webinar();
    Headline headline =
        new Headline(":bell:", "Your reminder", "you asked to be told before it starts");
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(WebinarBlocks.title(w));
    blocks.add(BlockKit.buttons(WebinarBlocks.allLinks(w, calendar)));
    blocks.add(BlockKit.section(headline.mrkdwn() + "\n" + WebinarBlocks.when(w)));
    blocks.add(
        BlockKit.context(
            "`"
                + webinarbot.command.StandardCommands.SLASH
                + " forget "
                + SlackText.escape(w.id())
                + "` if you no longer want this one."));
    return new SlackMessage(fallback(headline.words(), w, post.changes()), blocks);
  }

  private static SlackMessage followUp(Post.About post) {
    Webinar w = post.webinar();
    Headline headline = new Headline(":movie_camera:", available(w.links()));
    List<LayoutBlock> blocks = opening(w, headline, WebinarBlocks.when(w));
    blocks.add(BlockKit.buttons(WebinarBlocks.followUpLinks(w)));
    return new SlackMessage(fallback(headline.words(), w, post.changes()), blocks);
  }

  private static List<LayoutBlock> opening(Webinar w, Headline headline, String when) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(WebinarBlocks.title(w));
    blocks.add(BlockKit.section(headline.mrkdwn() + "\n" + when));
    return blocks;
  }

  private static String available(Links links) {
    boolean slides = links.slidesPdf().isPresent() || links.slides().isPresent();
    boolean video = links.video().isPresent();
    if (slides && video) {
      return "Slides and video now available";
    }
    if (video) {
      return "Video now available";
    }
    return slides ? "Slides now available" : "Thank you for joining";
  }

  private static String changes(List<Change> changes) {
    StringBuilder b = new StringBuilder("*What changed*");
    for (Change c : changes) {
      b.append("\n• *").append(SlackText.escape(capitalized(c.field()))).append("*: ");
      b.append('~').append(SlackText.escape(c.before())).append("~ → ");
      b.append(SlackText.escape(c.after()));
    }
    return b.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String fallback(String words, Webinar w, List<Change> changes) {
    String text = words + ": " + w.title() + ", " + SlackTime.plain(w.time());
    if (!changes.isEmpty()) {
      text += " (changed: " + String.join(", ", changes.stream().map(Change::field).toList()) + ")";
    }
    return SlackText.escape(text) + " " + SlackText.url(w.pageUrl());
  }

  private static SlackMessage digest(Post.Digest post) {
    Headline headline = new Headline(":calendar:", "Webinars this week");
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockKit.header(headline.words() + " (week of " + WEEK.format(post.weekOf()) + ")"));
    if (post.webinars().isEmpty()) {
      blocks.add(BlockKit.section("No webinars are planned this week."));
    }
    blocks.addAll(WebinarList.entries(post.webinars(), SlackLimits.BLOCKS - blocks.size()));
    List<String> titles =
        post.webinars().stream()
            .map(w -> w.title() + " (" + SlackTime.plain(w.time()) + ")")
            .toList();
    String text =
        headline.words() + ": " + (titles.isEmpty() ? "none planned" : String.join("; ", titles));
    return new SlackMessage(SlackText.escape(text), blocks);
  }
}
