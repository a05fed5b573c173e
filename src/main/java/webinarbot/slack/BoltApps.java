package webinarbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the Bolt app with the bot's handlers. Bolt's own signature check is off: over HTTP, {@link
 * SlackEventsHandler} checks the signature before Bolt sees the request; Socket Mode signs nothing.
 */
public final class BoltApps {
  /** The slash command as the manifest declares it. */
  public static final String COMMAND = "/webinars";

  private BoltApps() {}

  /** The app, answering nothing but link-button clicks until {@link #answer} adds the command. */
  public static App create(Slack slack, String botToken) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(botToken)
            .requestVerificationEnabled(false)
            .build();
    // Bolt's defaults minus the signature (checked before parsing): ssl_check pings, auth.test.
    List<Middleware> middleware =
        new ArrayList<>(List.of(new SSLCheck(null), new SingleTeamAuthorization(config, null)));
    App app = new App(config, middleware);
    // Slack tells the app about clicks on URL buttons too; they only need an ack.
    app.blockAction(
        Pattern.compile("^" + BlockKit.LINK_ACTION_PREFIX + "\\d+$"), (req, ctx) -> ctx.ack());
    return app;
  }

  /** {@code /webinars} from now on; Bolt takes handlers until it starts. */
  public static void answer(App app, SlashCommandHandler webinars) {
    app.command(COMMAND, webinars);
  }
}
