package webinarbot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import webinarbot.discord.DiscordModule;
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
    roles.put(
        DISCORD_GATEWAY, discord.map(d -> d.holdsGateway() ? "leader" : "standby").orElse("off"));
    return roles;
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
