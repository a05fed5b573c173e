package webinarbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds the Bolt app: our signature check in place of Bolt's, and the bot's handlers. */
public final class BoltApps {
  /** The slash command as the manifest declares it. */
  public static final String COMMAND = "/webinars";

  private BoltApps() {}

  /**
   * @param signingSecret required for HTTP; empty in Socket Mode, where nothing is signed
   */
  public static App create(
      Slack slack,
      String botToken,
      Optional<String> signingSecret,
      Clock clock,
      SlashCommandHandler webinars) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(botToken)
            .signingSecret(signingSecret.orElse(null))
            .requestVerificationEnabled(false)
            .build();
    List<Middleware> middleware = new ArrayList<>();
    // Same order as Bolt's defaults: ssl_check pings, then the signature, then auth.test.
    middleware.add(new SSLCheck(null));
    signingSecret.ifPresent(s -> middleware.add(new SignatureCheck(s, clock)));
    middleware.add(new SingleTeamAuthorization(config, null));
    App app = new App(config, middleware);
    app.command(COMMAND, webinars);
    // Slack tells the app about clicks on URL buttons too; they only need an ack.
    app.blockAction(
        Pattern.compile("^" + BlockKit.LINK_ACTION_PREFIX + "\\d+$"), (req, ctx) -> ctx.ack());
    return app;
  }
}
