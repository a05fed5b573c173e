package webinarbot.discord;

import java.time.Clock;
import java.util.List;
import java.util.Set;
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
import webinarbot.command.ChatCommands;
import webinarbot.command.Reply;
import webinarbot.domain.Catalogue;

/**
 * Answers {@code /webinars} on Discord by handing the typed text to the shared chat commands. The
 * interaction is deferred at once (Discord wants an answer within 3 s), the command runs on a
 * worker, and the reply replaces the "thinking…" message.
 *
 * <p>Whether the reply is private must be chosen when deferring. Only a maintainer's {@code
 * announce} is answered in public; if it turns out to be a mistake (unknown id), the public
 * placeholder is deleted and the answer goes privately to the maintainer alone.
 */
final class WebinarsInteractions extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(WebinarsInteractions.class);

  /** Subcommands whose successful answer the whole channel sees. */
  private static final Set<String> ANSWERED_IN_PUBLIC = Set.of("announce");

  private final WebinarsCommand command;
  private final ChatCommands commands;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;
  private final List<String> maintainerRoles;
  private final Executor workers;

  WebinarsInteractions(
      WebinarsCommand command,
      ChatCommands commands,
      Supplier<Catalogue> catalogue,
      Clock clock,
      List<String> maintainerRoles,
      Executor workers) {
    this.command = command;
    this.commands = commands;
    this.catalogue = catalogue;
    this.clock = clock;
    this.maintainerRoles = List.copyOf(maintainerRoles);
    this.workers = workers;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(WebinarsCommand.NAME)) {
      return;
    }
    DiscordCaller caller = new DiscordCaller(event.getUser(), event.getMember(), maintainerRoles);
    String subcommand = event.getSubcommandName() == null ? "" : event.getSubcommandName();
    String text =
        command.text(
            subcommand,
            event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, o -> o, (a, b) -> a)));
    boolean inPublic = ANSWERED_IN_PUBLIC.contains(subcommand) && caller.isMaintainer();
    event
        .deferReply(!inPublic)
        .queue(
            hook -> workers.execute(() -> answer(hook, caller, text, inPublic)),
            failure ->
                LOG.warn("Could not acknowledge /webinars {}: {}", text, failure.toString()));
  }

  private void answer(InteractionHook hook, DiscordCaller caller, String text, boolean inPublic) {
    Reply reply;
    try {
      reply = commands.run(caller, text);
    } catch (RuntimeException e) {
      LOG.error("/webinars {} by Discord user {} failed", text, caller.id(), e);
      reply = new Reply.Text("Sorry, that did not work. The bot's log has the details.");
    }
    DiscordMessage message = DiscordReplies.render(reply);
    if (inPublic && reply.ephemeral()) {
      hook.deleteOriginal().queue(ok -> {}, this::logFailure);
      hook.sendMessage(message.toCreateData()).setEphemeral(true).queue(ok -> {}, this::logFailure);
    } else {
      hook.editOriginal(message.toEditData()).queue(ok -> {}, this::logFailure);
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!event.getName().equals(WebinarsCommand.NAME)
        || !event.getFocusedOption().getName().equals(WebinarsCommand.ID_OPTION)) {
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
