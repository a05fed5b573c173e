package webinarbot.discord;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import webinarbot.domain.Speaker;

/**
 * One embed field per speaker: the name, then the role in italics and the bio. All fields share a
 * character budget: when it is tight every bio is shortened alike, and when even that is not enough
 * (or the embed runs out of fields) the last field just names the remaining speakers.
 */
final class SpeakerFields {
  /** A field shorter than this says too little to be worth having. */
  private static final int SMALLEST_FIELD = 150;

  private static final String MORE = "More speakers";

  private SpeakerFields() {}

  /**
   * @param maxFields how many fields the embed has left
   * @param budget how many characters names and values may take together
   */
  static List<MessageEmbed.Field> of(List<Speaker> speakers, URI page, int maxFields, int budget) {
    return fit(speakers, page, maxFields, budget).fields();
  }

  /**
   * The fields, and how many of them are speakers: after those, one field may name the rest.
   *
   * @param shown the first {@code shown} speakers have a field each, in order
   */
  record Fitted(List<MessageEmbed.Field> fields, int shown) {}

  /** As {@link #of}, saying how many speakers got their own field. */
  static Fitted fit(List<Speaker> speakers, URI page, int maxFields, int budget) {
    int n = speakers.size();
    int shown = Math.min(n, maxFields);
    while (shown > 0 && !fits(shown, n, maxFields, budget)) {
      shown--;
    }
    int slots = shown + (shown < n ? 1 : 0);
    List<MessageEmbed.Field> fields = new ArrayList<>();
    if (slots == 0) {
      return new Fitted(fields, 0);
    }
    int perField =
        Math.min(budget / slots, MessageEmbed.TITLE_MAX_LENGTH + MessageEmbed.VALUE_MAX_LENGTH);
    for (Speaker s : speakers.subList(0, shown)) {
      String name =
          DiscordText.truncate(name(s), Math.min(MessageEmbed.TITLE_MAX_LENGTH, perField / 3));
      int valueRoom = Math.min(MessageEmbed.VALUE_MAX_LENGTH, perField - name.length());
      fields.add(
          new MessageEmbed.Field(name, DiscordText.truncate(value(s, page), valueRoom), false));
    }
    if (shown < n) {
      String rest =
          String.join(", ", speakers.subList(shown, n).stream().map(SpeakerFields::name).toList());
      int room = Math.min(MessageEmbed.VALUE_MAX_LENGTH, Math.max(1, perField - MORE.length()));
      fields.add(new MessageEmbed.Field(MORE, DiscordText.truncate(rest, room), false));
    }
    return new Fitted(fields, shown);
  }

  private static boolean fits(int shown, int total, int maxFields, int budget) {
    int slots = shown + (shown < total ? 1 : 0);
    return slots <= maxFields && budget / slots >= SMALLEST_FIELD;
  }

  /** How long the fields are, as Discord counts towards the 6,000 characters of an embed. */
  static int length(List<MessageEmbed.Field> fields) {
    return fields.stream().mapToInt(f -> f.getName().length() + f.getValue().length()).sum();
  }

  private static String name(Speaker s) {
    String name = DiscordText.plain(DiscordText.oneLine(s.name()));
    return DiscordText.truncate(name.isEmpty() ? "Speaker" : name, MessageEmbed.TITLE_MAX_LENGTH);
  }

  private static String value(Speaker s, URI page) {
    StringBuilder b = new StringBuilder();
    s.role()
        .map(DiscordText::oneLine)
        .filter(r -> !r.isEmpty())
        .ifPresent(r -> b.append('*').append(DiscordText.plain(r)).append('*'));
    String bio = DiscordMarkdown.render(s.bio(), page);
    if (!bio.isEmpty()) {
      b.append(b.length() == 0 ? "" : "\n").append(bio);
    }
    return b.length() == 0 ? "Speaker" : b.toString();
  }
}
