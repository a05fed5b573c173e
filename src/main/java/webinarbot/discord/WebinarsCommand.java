package webinarbot.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import webinarbot.command.AnnounceCommand;
import webinarbot.command.ChatCommand;
import webinarbot.command.ChatCommands;
import webinarbot.domain.PostKind;

/**
 * The global {@code /webinars} command as Discord sees it, derived from the shared chat commands:
 * each subcommand's options come from its usage ({@code show ID} gives a required, autocompleted
 * {@code id}; {@code [KIND]} an optional {@code kind}). Going back, an interaction becomes the text
 * the shared commands read: {@code show vpp_in_home_lab}.
 */
final class WebinarsCommand {
  static final String NAME = "webinars";
  static final String ID_OPTION = "id";

  /** The subcommands offered on Discord, in this order (DESIGN §4). */
  static final List<String> SUBCOMMANDS = List.of("list", "next", "show", "announce");

  private static final List<String> KINDS =
      List.of(
          PostKind.ANNOUNCEMENT.code(),
          PostKind.STARTING.code(),
          PostKind.UPDATE.code(),
          PostKind.CANCELLATION.code(),
          PostKind.FOLLOW_UP.code());

  private final Map<String, List<String>> optionsBySubcommand = new LinkedHashMap<>();
  private final SlashCommandData data;

  WebinarsCommand(ChatCommands commands) {
    data =
        Commands.slash(NAME, "Upcoming webinars: list them, see one, announce one")
            .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    for (String name : SUBCOMMANDS) {
      commands.find(name).ifPresent(this::add);
    }
  }

  SlashCommandData data() {
    return data;
  }

  /** The text {@link ChatCommands#run} reads for this subcommand and its options. */
  String text(String subcommand, Map<String, OptionMapping> options) {
    List<String> words = new ArrayList<>();
    words.add(subcommand);
    List<String> values =
        optionsBySubcommand.getOrDefault(subcommand, List.of()).stream()
            .map(options::get)
            .filter(Objects::nonNull)
            .map(o -> o.getAsString().strip())
            .toList();
    // The shared commands split on spaces; only the last value may contain any.
    for (int i = 0; i < values.size(); i++) {
      words.add(i == values.size() - 1 ? values.get(i) : values.get(i).replaceAll("\\s+", "_"));
    }
    return String.join(" ", words).strip();
  }

  private void add(ChatCommand command) {
    SubcommandData sub =
        new SubcommandData(command.name(), DiscordText.truncate(command.summary(), 100));
    List<String> names = new ArrayList<>();
    String[] usage = command.usage().split("\\s+");
    for (int i = 1; i < usage.length; i++) {
      boolean optional = usage[i].startsWith("[");
      String name = usage[i].replaceAll("[\\[\\]]", "").toLowerCase(Locale.ROOT);
      sub.addOptions(option(name, !optional));
      names.add(name);
    }
    optionsBySubcommand.put(command.name(), names);
    data.addSubcommands(sub);
  }

  private static OptionData option(String name, boolean required) {
    if (name.equals(ID_OPTION)) {
      return new OptionData(OptionType.STRING, name, "the webinar's id", required, true)
          .setMaxLength(100);
    }
    if (name.equals(AnnounceCommand.FORCE)) {
      return new OptionData(
              OptionType.STRING, name, "post even though the talk has started or is over", required)
          .addChoice("force: post about a past talk", AnnounceCommand.FORCE);
    }
    OptionData o = new OptionData(OptionType.STRING, name, name.replace('_', ' '), required);
    if (name.equals("kind")) {
      KINDS.forEach(k -> o.addChoice(k, k));
    }
    return o;
  }
}
