package webinarbot.discord;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * Suggestions while someone types an id: upcoming webinars first, then the others, newest first,
 * matching the typed text anywhere in the id or title. Shown as "id — title", inserted as the id.
 */
final class IdChoices {
  private IdChoices() {}

  static List<Command.Choice> of(Catalogue catalogue, String typed, Instant now) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    Set<Webinar> ordered = new LinkedHashSet<>(catalogue.upcoming(now));
    List<Webinar> all = catalogue.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).isVisible(now)) {
        ordered.add(all.get(i));
      }
    }
    return ordered.stream()
        .filter(w -> w.id().length() <= OptionData.MAX_CHOICE_VALUE_LENGTH)
        .filter(w -> matches(w, wanted))
        .limit(OptionData.MAX_CHOICES)
        .map(w -> new Command.Choice(label(w), w.id()))
        .toList();
  }

  private static boolean matches(Webinar w, String wanted) {
    return wanted.isEmpty()
        || w.id().toLowerCase(Locale.ROOT).contains(wanted)
        || w.title().toLowerCase(Locale.ROOT).contains(wanted);
  }

  private static String label(Webinar w) {
    String label = w.id() + " — " + DiscordText.oneLine(w.title());
    return DiscordText.truncate(label, OptionData.MAX_CHOICE_NAME_LENGTH);
  }
}
