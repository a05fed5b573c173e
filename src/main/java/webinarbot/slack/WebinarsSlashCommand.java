package webinarbot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.Answer;
import webinarbot.command.ChatCommands;
import webinarbot.delivery.CalendarLinks;

/**
 * {@code /webinars …} in Slack: a thin translation onto {@link ChatCommands}. Slack wants an answer
 * within 3 seconds, so the command runs on a worker; when it finishes in time (listing, showing)
 * the answer goes back in the ack, otherwise (announcing to many channels, resolving a user group)
 * the ack says so and the answer follows through the {@code response_url}.
 */
final class WebinarsSlashCommand implements SlashCommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(WebinarsSlashCommand.class);

  static final String WORKING = "Working on it… the answer will appear here in a moment.";
  static final String FAILED =
      "Sorry, that did not work. The bot's log has the details for its operators.";
  static final String BUSY = "The bot is busy right now. Please try again in a moment.";

  private final ChatCommands commands;
  private final SlackMaintainers maintainers;
  private final Executor workers;
  private final Duration ackBudget;
  private final AckBodies bodies;

  /**
   * @param calendar the "add to calendar" links of {@code show} ({@code http.public_url})
   */
  WebinarsSlashCommand(
      ChatCommands commands,
      SlackMaintainers maintainers,
      Executor workers,
      Duration ackBudget,
      CalendarLinks calendar) {
    this.commands = commands;
    this.maintainers = maintainers;
    this.workers = workers;
    this.ackBudget = ackBudget;
    this.bodies = new AckBodies(ReplyMessages.with(calendar));
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    var payload = request.getPayload();
    SlackCaller caller = new SlackCaller(payload.getUserId(), maintainers);
    CompletableFuture<Answer> work;
    try {
      work =
          CompletableFuture.supplyAsync(() -> commands.answer(caller, payload.getText()), workers);
    } catch (RejectedExecutionException e) {
      return ctx.ack(response(ReplyMessages.text(BUSY), true));
    }
    try {
      Answer answer = work.get(ackBudget.toMillis(), TimeUnit.MILLISECONDS);
      return Response.json(200, bodies.json(answer)); // what ctx.ack(…) sends, from the cache
    } catch (TimeoutException e) {
      var unused = work.whenComplete((answer, error) -> respondLater(ctx, caller, answer, error));
      return ctx.ack(response(ReplyMessages.text(WORKING), true));
    } catch (ExecutionException e) {
      LOG.error("/webinars {} by {} failed", payload.getText(), caller.id(), e.getCause());
      return ctx.ack(response(ReplyMessages.text(FAILED), true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ctx.ack(response(ReplyMessages.text(FAILED), true));
    }
  }

  private void respondLater(
      SlashCommandContext ctx, SlackCaller caller, Answer answer, Throwable error) {
    SlashCommandResponse late;
    if (error != null) {
      LOG.error("/webinars by {} failed", caller.id(), error);
      late = response(ReplyMessages.text(FAILED), true);
    } else {
      late = response(answer);
    }
    try {
      WebhookResponse r = ctx.respond(late);
      if (r.getCode() != 200) {
        LOG.warn("Slack refused the late /webinars answer: {} {}", r.getCode(), r.getBody());
      }
    } catch (IOException e) {
      LOG.warn("Could not send the late /webinars answer: {}", e.getMessage());
    }
  }

  private SlashCommandResponse response(Answer answer) {
    return bodies.response(answer);
  }

  /** Our own words (busy, working, failed): never cached, always only for the caller. */
  private static SlashCommandResponse response(SlackMessage m, boolean ephemeral) {
    return AckBodies.response(m, ephemeral);
  }
}
