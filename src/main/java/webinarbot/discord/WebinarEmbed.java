package webinarbot.discord;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * The embed that shows one webinar: title linked to its page, when, description, a field per
 * speaker, the preview image. Kept within Discord's limits: the description gives way first, then
 * the speakers' bios, and whatever was cut ends with "…" and a link to the page.
 */
final class WebinarEmbed {
  private static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  private static final int DESCRIPTION_WANTED = 600;
  private static final String WHEN = "When";

  private WebinarEmbed() {}

  /**
   * The embeds of a post about one webinar. With several speakers of whom at least one has a photo,
   * each speaker gets a small embed of their own after the webinar's (name, role and bio, their
   * photo as its thumbnail), as Slack shows a photo per speaker; otherwise the speakers are fields
   * of the one embed, and a sole speaker's photo is its thumbnail. Within Discord's limits for a
   * message: 10 embeds, 6,000 characters in all.
   */
  static List<MessageEmbed> details(Webinar w, int color) {
    boolean cards =
        w.speakers().size() > 1 && w.speakers().stream().anyMatch(s -> photo(s).isPresent());
    if (!cards) {
      return List.of(detail(w, color));
    }
    EmbedBuilder e = base(w, color);
    e.addField(WHEN, DiscordTime.full(w.time()), false);
    String description = DiscordMarkdown.render(w.description(), w.pageUrl());
    int speakerBudget = TOTAL - e.length() - Math.min(description.length(), DESCRIPTION_WANTED);
    SpeakerFields.Fitted speakers =
        SpeakerFields.fit(w.speakers(), w.pageUrl(), Message.MAX_EMBED_COUNT - 1, speakerBudget);
    int room =
        Math.min(
            MessageEmbed.DESCRIPTION_MAX_LENGTH,
            TOTAL - e.length() - SpeakerFields.length(speakers.fields()));
    e.setDescription(fit(description, room, w));
    image(w.image()).ifPresent(e::setImage);
    List<MessageEmbed> out = new ArrayList<>();
    out.add(e.build());
    List<MessageEmbed.Field> fields = speakers.fields();
    for (int i = 0; i < fields.size(); i++) {
      EmbedBuilder card =
          new EmbedBuilder()
              .setColor(color)
              .setTitle(fields.get(i).getName())
              .setDescription(fields.get(i).getValue());
      if (i < speakers.shown()) {
        photo(w.speakers().get(i)).ifPresent(card::setThumbnail);
      }
      out.add(card.build());
    }
    return out;
  }

  static MessageEmbed detail(Webinar w, int color) {
    EmbedBuilder e = base(w, color);
    e.addField(WHEN, DiscordTime.full(w.time()), false);
    w.location()
        .ifPresent(
            l ->
                e.addField(
                    "Where",
                    DiscordText.truncate(DiscordText.neutralise(l), MessageEmbed.VALUE_MAX_LENGTH),
                    false));
    String description = DiscordMarkdown.render(w.description(), w.pageUrl());
    int speakerBudget = TOTAL - e.length() - Math.min(description.length(), DESCRIPTION_WANTED);
    SpeakerFields.of(w.speakers(), w.pageUrl(), MessageEmbed.MAX_FIELD_AMOUNT - 1, speakerBudget)
        .forEach(e::addField);
    int room = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, TOTAL - e.length());
    e.setDescription(fit(description, room, w));
    soleSpeakerPhoto(w).ifPresent(e::setThumbnail);
    image(w.image()).ifPresent(e::setImage);
    return e.build();
  }

  /** Title, page link and colour only, with a short text: for cancellations. */
  static MessageEmbed brief(Webinar w, int color, String text) {
    EmbedBuilder e = base(w, color);
    e.setDescription(DiscordText.truncate(text, MessageEmbed.DESCRIPTION_MAX_LENGTH));
    return e.build();
  }

  private static EmbedBuilder base(Webinar w, int color) {
    EmbedBuilder e = new EmbedBuilder().setColor(color);
    String title = DiscordText.plain(DiscordText.oneLine(w.title()));
    e.setTitle(
        DiscordText.truncate(title.isEmpty() ? w.id() : title, MessageEmbed.TITLE_MAX_LENGTH),
        url(w.pageUrl()).orElse(null));
    e.setFooter(DiscordText.truncate("/webinars show " + w.id(), MessageEmbed.TEXT_MAX_LENGTH));
    return e;
  }

  private static String fit(String text, int room, Webinar w) {
    if (text.length() <= room) {
      return text;
    }
    String more = url(w.pageUrl()).map(u -> "\n[Read more on the page](" + u + ")").orElse("");
    if (more.length() > room / 2) {
      more = "";
    }
    return DiscordText.truncate(text, room - more.length()) + more;
  }

  private static Optional<String> soleSpeakerPhoto(Webinar w) {
    return w.speakers().size() == 1 ? photo(w.speakers().get(0)) : Optional.empty();
  }

  private static Optional<String> photo(Speaker s) {
    return s.image().flatMap(WebinarEmbed::url);
  }

  private static Optional<String> image(Optional<URI> image) {
    return image.flatMap(WebinarEmbed::url);
  }

  /** An http(s) URL Discord will accept in an embed, if this is one. */
  static Optional<String> url(URI uri) {
    return LinkPolicy.absoluteHttp(uri, uri.toString())
        .map(URI::toString)
        .filter(u -> u.length() <= MessageEmbed.URL_MAX_LENGTH);
  }
}
