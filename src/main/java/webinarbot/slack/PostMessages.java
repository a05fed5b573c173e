package webinarbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** Posts to channels as Slack messages: announcements, reminders, notices and the digest. */
final class PostMessages {
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private PostMessages() {}

  static SlackMessage render(Post post) {
    if (post instanceof Post.About about) {
      return about(about);
    }
    return digest((Post.Digest) post);
  }

  private static SlackMessage about(Post.About post) {
    Webinar w = post.webinar();
    PostKind.Type type = post.kind().type();
    Headline headline = Headline.of(post.kind(), w.links());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(WebinarBlocks.title(w));
    String when =
        type == PostKind.Type.CANCELLATION
            ? ":calendar: Was planned for " + SlackTime.mrkdwn(w.time())
            : WebinarBlocks.when(w);
    blocks.add(BlockKit.section(headline.mrkdwn() + "\n" + when));
    if (type == PostKind.Type.UPDATE && !post.changes().isEmpty()) {
      blocks.add(BlockKit.section(changes(post.changes()), w.pageUrl()));
    }
    if (type == PostKind.Type.CANCELLATION) {
      blocks.add(BlockKit.buttons(WebinarBlocks.pageLink(w)));
    } else if (type == PostKind.Type.FOLLOW_UP) {
      blocks.add(BlockKit.buttons(WebinarBlocks.followUpLinks(w)));
    } else {
      blocks.addAll(Details.of(w, blocks.size()));
    }
    return new SlackMessage(fallback(headline.words(), w, post.changes()), blocks);
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
    Headline headline = Headline.of(PostKind.DIGEST, webinarbot.domain.Links.NONE);
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
