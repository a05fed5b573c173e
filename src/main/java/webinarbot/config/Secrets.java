package webinarbot.config;

import java.util.Map;
import java.util.Optional;

/** Tokens, read only from the environment and never printed. */
public final class Secrets {
  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  public static final String STORAGE_PASSWORD = "WEBINARBOT_STORAGE_PASSWORD";

  private final Map<String, String> env;

  public Secrets(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static Secrets fromEnvironment() {
    return new Secrets(System.getenv());
  }

  private Optional<String> get(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  public Optional<String> slackBotToken() {
    return get(SLACK_BOT_TOKEN);
  }

  public Optional<String> slackSigningSecret() {
    return get(SLACK_SIGNING_SECRET);
  }

  public Optional<String> slackAppToken() {
    return get(SLACK_APP_TOKEN);
  }

  public Optional<String> discordToken() {
    return get(DISCORD_TOKEN);
  }

  /** Never the values: only which secrets are set. */
  @Override
  public String toString() {
    return "Secrets[slackBot="
        + slackBotToken().isPresent()
        + ", slackSigning="
        + slackSigningSecret().isPresent()
        + ", slackApp="
        + slackAppToken().isPresent()
        + ", discord="
        + discordToken().isPresent()
        + "]";
  }
}
