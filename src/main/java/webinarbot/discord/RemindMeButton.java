package webinarbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.PersonalReminders;
import webinarbot.command.Reply;

/**
 * A click on "Remind me" (or "Cancel my reminder") under a post: deferred at once, privately, then
 * the clicker is subscribed or unsubscribed and told so, with the button that undoes it.
 */
final class RemindMeButton extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(RemindMeButton.class);

  private final PersonalReminders reminders;
  private final List<String> maintainerRoles;
  private final Executor workers;

  RemindMeButton(PersonalReminders reminders, List<String> maintainerRoles, Executor workers) {
    this.reminders = reminders;
    this.maintainerRoles = List.copyOf(maintainerRoles);
    this.workers = workers;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String customId = event.getComponentId();
    if (!customId.startsWith(LinkButtons.REMIND_PREFIX)) {
      return;
    }
    String webinarId = customId.substring(LinkButtons.REMIND_PREFIX.length());
    DiscordCaller caller = new DiscordCaller(event.getUser(), event.getMember(), maintainerRoles);
    event
        .deferReply(true)
        .queue(
            hook -> workers.execute(() -> answer(hook, caller, webinarId)),
            failure -> LOG.warn("Could not acknowledge \"Remind me\": {}", failure.toString()));
  }

  private void answer(InteractionHook hook, DiscordCaller caller, String webinarId) {
    DiscordMessage message;
    try {
      Reply reply = reminders.toggle(caller, webinarId);
      message = DiscordReplies.render(reply);
      if (reply instanceof Reply.Reminder r) {
        List<ActionRow> rows = new ArrayList<>(message.rows());
        rows.add(ActionRow.of(LinkButtons.remindButton(webinarId, r.subscribed())));
        message = new DiscordMessage(message.content(), message.embeds(), rows);
      }
    } catch (RuntimeException e) {
      LOG.error("\"Remind me\" of {} by Discord user {} failed", webinarId, caller.id(), e);
      message = DiscordMessage.text("Sorry, that did not work. The bot's log has the details.");
    }
    hook.editOriginal(message.toEditData())
        .queue(
            ok -> {},
            failure -> LOG.warn("Could not answer \"Remind me\": {}", failure.toString()));
  }
}
