package webinarbot.discord;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import webinarbot.domain.Webinar;

/**
 * Several webinars in one embed, one short entry each: for {@code /webinars list} and the weekly
 * digest. Entries that do not fit are counted at the end.
 */
final class WebinarList {
  private WebinarList() {}

  static MessageEmbed embed(String heading, List<Webinar> webinars, int color) {
    EmbedBuilder e = new EmbedBuilder().setColor(color);
    e.setTitle(
        DiscordText.truncate(
            DiscordText.plain(DiscordText.oneLine(heading)), MessageEmbed.TITLE_MAX_LENGTH));
    StringBuilder b = new StringBuilder();
    int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - 40;
    for (int i = 0; i < webinars.size(); i++) {
      String entry = entry(webinars.get(i));
      if (b.length() + entry.length() + 2 > room) {
        b.append("\n\n…and ").append(webinars.size() - i).append(" more");
        break;
      }
      b.append(b.length() == 0 ? "" : "\n\n").append(entry);
    }
    e.setDescription(b.toString());
    return e.build();
  }

  /** {@code **[Title](page)**}, when, and the id to type for details. */
  static String entry(Webinar w) {
    String title = DiscordText.truncate(DiscordText.plain(DiscordText.oneLine(w.title())), 200);
    String linked =
        WebinarEmbed.url(w.pageUrl()).map(u -> "[" + title + "](" + u + ")").orElse(title);
    String id = "`" + w.id().replace('`', 'ˋ') + "`";
    return "**"
        + linked
        + "**"
        + (w.cancelled() ? " (cancelled)" : "")
        + "\n"
        + DiscordTime.when(w.time())
        + " · "
        + DiscordTime.relative(w.time())
        + " · "
        + DiscordText.neutralise(id);
  }
}
