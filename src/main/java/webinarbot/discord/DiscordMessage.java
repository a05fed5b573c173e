package webinarbot.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A message the bot sends: a line of text, embeds and rows of link buttons. Every message built
 * from it allows no mentions at all, on top of the JDA-wide default.
 */
public record DiscordMessage(String content, List<MessageEmbed> embeds, List<ActionRow> rows) {
  private static final EnumSet<Message.MentionType> NO_MENTIONS =
      EnumSet.noneOf(Message.MentionType.class);

  public DiscordMessage {
    content = DiscordText.truncate(content, Message.MAX_CONTENT_LENGTH);
    embeds = List.copyOf(embeds);
    rows = List.copyOf(rows);
  }

  static DiscordMessage text(String content) {
    return new DiscordMessage(content, List.of(), List.of());
  }

  /** The same message with {@code marker} inserted after its first word; see DeliveryMarker. */
  DiscordMessage marked(String marker) {
    int space = content.indexOf(' ');
    int at = space < 0 ? content.length() : space;
    String room = DiscordText.truncate(content, Message.MAX_CONTENT_LENGTH - marker.length());
    at = Math.min(at, room.length());
    return new DiscordMessage(room.substring(0, at) + marker + room.substring(at), embeds, rows);
  }

  public MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  /** Replaces content, embeds and buttons of an earlier message. */
  public MessageEditData toEditData() {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }
}
