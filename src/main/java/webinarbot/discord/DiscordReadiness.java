package webinarbot.discord;

import java.util.Locale;
import net.dv8tion.jda.api.JDA;
import webinarbot.http.ReadinessCheck;

/** Ready while JDA's gateway session is connected; otherwise names the state it is in. */
final class DiscordReadiness implements ReadinessCheck {
  private final JDA jda;

  DiscordReadiness(JDA jda) {
    this.jda = jda;
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public Result check() {
    JDA.Status status = jda.getStatus();
    return status == JDA.Status.CONNECTED
        ? Result.ready("connected as " + jda.getSelfUser().getName())
        : Result.notReady("gateway " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}
