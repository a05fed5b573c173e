package webinarbot.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import webinarbot.discord.DiscordModule;
import webinarbot.http.ReadinessCheck;
import webinarbot.schedule.ReminderScheduler;

/**
 * What this replica does, for {@code /readyz} and operators: whether its scheduler runs alone or as
 * one of a cluster, and whether it holds the Discord gateway or stands by. Every role is a ready
 * one: a standby replica still posts reminders and answers Slack.
 */
public final class ReplicaRoles {
  public static final String SCHEDULER = "scheduler";
  public static final String DISCORD_GATEWAY = "discord-gateway";

  private final ReminderScheduler scheduler;
  private final Optional<DiscordModule> discord;

  public ReplicaRoles(ReminderScheduler scheduler, Optional<DiscordModule> discord) {
    this.scheduler = scheduler;
    this.discord = discord;
  }

  /** Role name to a short description, e.g. {@code discord-gateway: standby}. */
  public Map<String, String> describe() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put(SCHEDULER, scheduler());
    roles.put(DISCORD_GATEWAY, discord.map(DiscordModule::gatewayRole).orElse("off"));
    return roles;
  }

  /**
   * For {@code /readyz}: always ready, naming the roles, e.g. {@code scheduler: clustered as
   * 1@pod-a-m1x2, 3 replicas checked in; discord-gateway: standby}.
   */
  public ReadinessCheck readinessCheck() {
    return new ReadinessCheck() {
      @Override
      public String name() {
        return "role";
      }

      @Override
      public Result check() {
        StringBuilder detail = new StringBuilder();
        describe()
            .forEach(
                (role, what) ->
                    detail
                        .append(detail.length() == 0 ? "" : "; ")
                        .append(role)
                        .append(": ")
                        .append(what));
        return Result.ready(detail.toString());
      }
    };
  }

  private String scheduler() {
    if (!scheduler.clustered()) {
      return "alone";
    }
    int replicas = scheduler.liveReplicas().size();
    return "clustered as "
        + scheduler.instanceId()
        + ", "
        + replicas
        + (replicas == 1 ? " replica" : " replicas")
        + " checked in";
  }
}
