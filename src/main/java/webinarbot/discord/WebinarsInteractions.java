package webinarbot.discord;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.Answer;
import webinarbot.command.Arguments;
import webinarbot.command.ChatCommands;
import webinarbot.command.Reply;
import webinarbot.domain.Catalogue;

/**
 * Answers {@code /webinars} on Discord by handing the typed text to the shared chat commands. The
 * interaction is deferred at once (Discord wants an answer within 3 s), the command runs on a
 * worker, and the reply replaces the "thinking…" message.
 *
 * <p>Whether the reply is private must be chosen when deferring, so it is asked of the command's
 * declaration before it runs ({@link ChatCommands#mayAnswerInChannel}); if the answer turns out to
 * be for the caller alone (a mistake such as an unknown id), the public placeholder is deleted and
 * the answer goes privately to the caller.
 */
final class WebinarsInteractions extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(WebinarsInteractions.class);

  private final WebinarsCommand command;
  private final ChatCommands commands;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;
  private final List<String> maintainerRoles;
  private final Executor workers;
  private final DiscordReplies replies;

  /**
   * @param replies how answers look, with the calendar links {@code http.public_url} allows
   */
  WebinarsInteractions(
      WebinarsCommand command,
      ChatCommands commands,
      Supplier<Catalogue> catalogue,
      Clock clock,
      List<String> maintainerRoles,
      Executor workers,
      DiscordReplies replies) {
    this.command = command;
    this.commands = commands;
    this.catalogue = catalogue;
    this.clock = clock;
    this.maintainerRoles = List.copyOf(maintainerRoles);
    this.workers = workers;
    this.replies = replies;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(WebinarsCommand.NAME)) {
      return;
    }
    DiscordCaller caller = new DiscordCaller(event.getUser(), event.getMember(), maintainerRoles);
    String subcommand = event.getSubcommandName() == null ? "" : event.getSubcommandName();
    Arguments arguments =
        command.arguments(
            subcommand,
            event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, o -> o, (a, b) -> a)));
    boolean inPublic = commands.mayAnswerInChannel(subcommand, caller);
    event
        .deferReply(!inPublic)
        .queue(
            hook -> workers.execute(() -> answer(hook, caller, subcommand, arguments, inPublic)),
            failure ->
                LOG.warn(
                    "Could not acknowledge /webinars {} {}: {}",
                    subcommand,
                    arguments,
                    failure.toString()));
  }

  private void answer(
      InteractionHook hook,
      DiscordCaller caller,
      String subcommand,
      Arguments arguments,
      boolean inPublic) {
    Answer answer;
    try {
      answer = commands.answer(caller, subcommand, arguments);
    } catch (RuntimeException e) {
      LOG.error("/webinars {} {} by Discord user {} failed", subcommand, arguments, caller.id(), e);
      answer =
          new Answer(
              new Reply.Text("Sorry, that did not work. The bot's log has the details."), false);
    }
    DiscordMessage message = replies.message(answer.reply());
    if (inPublic && !answer.inChannel()) {
      hook.deleteOriginal().queue(ok -> {}, this::logFailure);
      hook.sendMessage(message.toCreateData()).setEphemeral(true).queue(ok -> {}, this::logFailure);
    } else {
      hook.editOriginal(message.toEditData()).queue(ok -> {}, this::logFailure);
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!event.getName().equals(WebinarsCommand.NAME)
        || !command.completesIds(
            String.valueOf(event.getSubcommandName()), event.getFocusedOption().getName())) {
      return;
    }
    event
        .replyChoices(
            IdChoices.of(catalogue.get(), event.getFocusedOption().getValue(), clock.instant()))
        .queue(ok -> {}, this::logFailure);
  }

  private void logFailure(Throwable failure) {
    LOG.warn("Could not answer a /webinars interaction: {}", failure.toString());
  }
}
