package webinarbot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.command.PersonalReminders;
import webinarbot.command.Reply;

/**
 * A click on "Remind me" (or on "Cancel my reminder" in the answer): acked at once, then the
 * clicker is subscribed or unsubscribed and told so through the {@code response_url}, to them
 * alone, with the button that undoes it.
 */
final class RemindMeClick implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RemindMeClick.class);

  /**
   * One for all answers: {@code ctx.respond} builds a new Gson, and so every reflective adapter of
   * the Block Kit classes, for each answer, which made a burst of clicks CPU-bound (bench/clicks).
   */
  private static final Gson JSON = GsonFactory.createSnakeCase();

  /**
   * The "busy" notices, when every worker is taken, go out on their own thread: sent on the request
   * thread, a slow {@code response_url} would hold the ack past Slack's 3 s. Beyond the queue they
   * are dropped (the clicker can click again).
   */
  private static final ThreadPoolExecutor BUSY_NOTICES =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(64),
          r -> {
            Thread t = new Thread(r, "slack-busy-notices");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  private final PersonalReminders reminders;
  private final SlackMaintainers maintainers;
  private final Executor workers;

  RemindMeClick(PersonalReminders reminders, SlackMaintainers maintainers, Executor workers) {
    this.reminders = reminders;
    this.maintainers = maintainers;
    this.workers = workers;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    String user = payload.getUser().getId();
    var actions = payload.getActions();
    String webinarId = actions == null || actions.isEmpty() ? null : actions.get(0).getValue();
    if (user == null || webinarId == null || webinarId.isBlank()) {
      return ctx.ack();
    }
    try {
      workers.execute(() -> answer(ctx, new SlackCaller(user, maintainers), webinarId));
    } catch (RejectedExecutionException e) {
      BUSY_NOTICES.execute(() -> respond(ctx, ReplyMessages.text(WebinarsSlashCommand.BUSY)));
    }
    return ctx.ack();
  }

  private void answer(ActionContext ctx, SlackCaller caller, String webinarId) {
    SlackMessage m;
    try {
      Reply reply = reminders.toggle(caller, webinarId);
      m = ReplyMessages.render(reply);
      if (reply instanceof Reply.Reminder r) {
        List<LayoutBlock> blocks = new ArrayList<>(m.blocks());
        blocks.add(BlockKit.remindMe(webinarId, r.subscribed()));
        m = new SlackMessage(m.text(), blocks);
      }
    } catch (RuntimeException e) {
      LOG.error("\"Remind me\" of {} by {} failed", webinarId, caller.id(), e);
      m = ReplyMessages.text(WebinarsSlashCommand.FAILED);
    }
    respond(ctx, m);
  }

  private static void respond(ActionContext ctx, SlackMessage m) {
    String json =
        JSON.toJson(
            ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(false)
                .text(m.text())
                .blocks(m.blocks())
                .build());
    // A String body is posted as it is (SlackHttpClient serializes anything else itself).
    try (okhttp3.Response r =
        ctx.getSlack().getHttpClient().postJsonBody(ctx.getResponseUrl(), json)) {
      if (r.code() != 200) {
        LOG.warn(
            "Slack refused the \"Remind me\" answer: {} {}",
            r.code(),
            r.body() == null ? "" : r.body().string());
      }
    } catch (IOException e) {
      LOG.warn("Could not send the \"Remind me\" answer: {}", e.getMessage());
    }
  }
}
