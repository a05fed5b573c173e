package webinarbot.discord;

import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import webinarbot.command.Caller;

/**
 * Who typed {@code /webinars} on Discord. A maintainer has Manage Server in that server and, when
 * {@code discord.maintainer_roles} is set, one of those roles (by id or name). Discord can only
 * restrict whole commands, not one subcommand, so this is where {@code announce} is guarded.
 */
final class DiscordCaller implements Caller {
  private final User user;
  private final Member member;
  private final List<String> maintainerRoles;

  /**
   * @param member null outside a server (a direct message), where nobody is a maintainer
   */
  DiscordCaller(User user, Member member, List<String> maintainerRoles) {
    this.user = user;
    this.member = member;
    this.maintainerRoles = maintainerRoles;
  }

  @Override
  public String platform() {
    return DiscordNotifier.PLATFORM;
  }

  @Override
  public String id() {
    return user.getId();
  }

  @Override
  public boolean isMaintainer() {
    if (member == null || !member.hasPermission(Permission.MANAGE_SERVER)) {
      return false;
    }
    return maintainerRoles.isEmpty() || member.getRoles().stream().anyMatch(this::isMaintainerRole);
  }

  private boolean isMaintainerRole(Role role) {
    return maintainerRoles.stream()
        .anyMatch(
            r ->
                r.equals(role.getId())
                    || r.toLowerCase(Locale.ROOT).equals(role.getName().toLowerCase(Locale.ROOT)));
  }
}
