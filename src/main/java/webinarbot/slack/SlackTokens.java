package webinarbot.slack;

import java.util.Optional;
import webinarbot.config.Secrets;

/**
 * The Slack secrets, from the environment. The bot token is always needed; HTTP mode also needs the
 * signing secret, Socket Mode the app-level token.
 */
record SlackTokens(String bot, Optional<String> signing, Optional<String> app) {

  @Override
  public String toString() {
    return "SlackTokens[bot=set, signing=" + signing.isPresent() + ", app=" + app.isPresent() + "]";
  }

  static Optional<SlackTokens> from(Secrets secrets) {
    if (secrets.slackBotToken().isEmpty()
        || (secrets.slackSigningSecret().isEmpty() && secrets.slackAppToken().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new SlackTokens(
            secrets.slackBotToken().get(), secrets.slackSigningSecret(), secrets.slackAppToken()));
  }

  /** Why Slack is off, naming the variables to set (never their values). */
  static String whatIsMissing(Secrets secrets) {
    if (secrets.slackBotToken().isEmpty()) {
      return Secrets.SLACK_BOT_TOKEN + " is not set";
    }
    return "set "
        + Secrets.SLACK_SIGNING_SECRET
        + " (HTTP mode) or "
        + Secrets.SLACK_APP_TOKEN
        + " (Socket Mode) as well as "
        + Secrets.SLACK_BOT_TOKEN;
  }
}
