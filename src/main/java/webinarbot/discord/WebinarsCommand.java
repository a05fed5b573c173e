package webinarbot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import webinarbot.command.Arguments;
import webinarbot.command.CommandSpec;
import webinarbot.command.OptionSpec;

/**
 * The global {@code /webinars} command as Discord sees it, derived from the declarations of the
 * shared chat commands: one subcommand each, its options typed as declared (a webinar id
 * autocompleted, a word with its choices, a flag as a one-choice option). Going back, an
 * interaction's options become the {@link Arguments} of that declaration.
 */
final class WebinarsCommand {
  static final String NAME = "webinars";

  /** Discord's limit on an option's value: ids are no longer on Discord. */
  private static final int ID_LENGTH = 100;

  private final Map<String, CommandSpec> specs = new LinkedHashMap<>();
  private final SlashCommandData data;

  WebinarsCommand(List<CommandSpec> commands) {
    data =
        Commands.slash(NAME, "Upcoming webinars: list them, see one, announce one")
            .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    for (CommandSpec spec : commands) {
      specs.put(spec.name(), spec);
      data.addSubcommands(subcommand(spec));
    }
  }

  SlashCommandData data() {
    return data;
  }

  /** The options of one interaction, read as its subcommand declares them. */
  Arguments arguments(String subcommand, Map<String, OptionMapping> options) {
    CommandSpec spec = specs.get(subcommand);
    if (spec == null) {
      return Arguments.none();
    }
    Map<String, String> values = new LinkedHashMap<>();
    options.forEach((name, o) -> values.put(name, o.getAsString()));
    return Arguments.of(spec, values);
  }

  /** True when the focused option of {@code subcommand} is a webinar id, offered as it is typed. */
  boolean completesIds(String subcommand, String option) {
    return Optional.ofNullable(specs.get(subcommand))
        .flatMap(s -> s.option(option))
        .filter(o -> o.type() == OptionSpec.Type.WEBINAR_ID)
        .isPresent();
  }

  private static SubcommandData subcommand(CommandSpec spec) {
    SubcommandData sub = new SubcommandData(spec.name(), DiscordText.truncate(spec.summary(), 100));
    spec.options().forEach(o -> sub.addOptions(option(o)));
    return sub;
  }

  private static OptionData option(OptionSpec o) {
    String description = DiscordText.truncate(o.description(), 100);
    OptionData d =
        switch (o.type()) {
          case WEBINAR_ID ->
              new OptionData(OptionType.STRING, o.name(), description, o.required(), true)
                  .setMaxLength(ID_LENGTH);
          case WORD, WORDS, FLAG ->
              new OptionData(OptionType.STRING, o.name(), description, o.required());
        };
    // Discord allows 25 choices; a longer list is typed rather than offered.
    o.choices().stream()
        .limit(OptionData.MAX_CHOICES)
        .forEach(c -> d.addChoice(choiceLabel(o, c), c));
    return d;
  }

  /** A flag's one choice says what picking it does: {@code force: post even though …}. */
  private static String choiceLabel(OptionSpec o, String choice) {
    return o.type() == OptionSpec.Type.FLAG
        ? DiscordText.truncate(choice + ": " + o.description(), OptionData.MAX_CHOICE_NAME_LENGTH)
        : choice;
  }
}
