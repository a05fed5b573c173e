package webinarbot.discord;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import webinarbot.http.ReadinessCheck;

/**
 * Ready while JDA's gateway session is connected; otherwise names the state it is in. In a cluster,
 * a replica without a session stands by while another holds the gateway: that is ready.
 */
final class DiscordReadiness implements ReadinessCheck {
  private final Supplier<Optional<JDA>> session;
  private final boolean clustered;

  DiscordReadiness(Supplier<Optional<JDA>> session, boolean clustered) {
    this.session = session;
    this.clustered = clustered;
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public Result check() {
    Optional<JDA> current = session.get();
    if (current.isEmpty()) {
      return clustered
          ? Result.ready("standby: another replica holds the gateway session")
          : Result.notReady(
              "not logged in to Discord yet; retrying with back-off (the log says why)");
    }
    JDA jda = current.get();
    JDA.Status status = jda.getStatus();
    return status == JDA.Status.CONNECTED
        ? Result.ready(
            (clustered ? "leader: " : "") + "connected as " + jda.getSelfUser().getName())
        : Result.notReady("gateway " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}
