package webinarbot.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The routing table: the {@code [[route]]} tables in file order, and the top-level channels, which
 * are the default route for a talk no route takes.
 *
 * @param slack the top-level {@code slack.channels}
 * @param discord the top-level {@code discord.channels}
 */
public record Routes(List<Route> routes, List<String> slack, List<String> discord) {
  /** No routes: every talk goes to every channel. */
  public static final Routes NONE = new Routes(List.of(), List.of(), List.of());

  public Routes {
    routes = List.copyOf(routes);
    slack = List.copyOf(slack);
    discord = List.copyOf(discord);
  }

  public boolean isEmpty() {
    return routes.isEmpty();
  }

  /** The routes that take {@code w}, in file order. */
  public List<Route> matching(Webinar w) {
    return routes.stream().filter(r -> r.matches(w)).toList();
  }

  /**
   * Every channel of {@code platform} ({@code slack} or {@code discord}): top level, then routes.
   */
  public List<String> channels(String platform) {
    Set<String> out = new LinkedHashSet<>(topLevel(platform));
    routes.forEach(r -> out.addAll(of(r, platform)));
    return List.copyOf(out);
  }

  /** The default route's channels of {@code platform}. */
  public List<String> topLevel(String platform) {
    return switch (platform) {
      case "slack" -> slack;
      case "discord" -> discord;
      default -> List.of();
    };
  }

  /**
   * Channels of {@code platform} that only routes name: no talk outside those routes goes there.
   */
  public Set<String> routeOnly(String platform) {
    Set<String> out = new LinkedHashSet<>();
    routes.forEach(r -> out.addAll(of(r, platform)));
    out.removeAll(topLevel(platform));
    return out;
  }

  /** The channels of {@code platform} that route {@code r} posts to. */
  public static List<String> of(Route r, String platform) {
    return switch (platform) {
      case "slack" -> r.slack();
      case "discord" -> r.discord();
      default -> new ArrayList<>();
    };
  }
}
