package webinarbot.delivery;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import webinarbot.domain.Route;
import webinarbot.domain.Routes;
import webinarbot.domain.Webinar;

/**
 * Which of the bot's targets the posts about one talk go to. A talk that some routes take goes to
 * their channels, each once however many of them name it; any other talk goes to the top-level
 * channels. Standard output (no platform on) is never routed: a first run shows every talk.
 */
public final class Routing {
  /** Every talk to every target. */
  public static final Routing NONE = new Routing(Routes.NONE);

  private final Routes routes;

  public Routing(Routes routes) {
    this.routes = routes;
  }

  public Routes routes() {
    return routes;
  }

  /** The targets among {@code available} that posts about {@code w} go to, in their order. */
  public List<Target> targetsFor(Webinar w, List<Target> available) {
    if (routes.isEmpty()) {
      return available;
    }
    List<Route> matching = routes.matching(w);
    if (matching.isEmpty()) {
      return defaultTargets(available);
    }
    Set<Target> wanted = new LinkedHashSet<>();
    for (Route r : matching) {
      r.slack().forEach(c -> wanted.add(new Target("slack", c)));
      r.discord().forEach(c -> wanted.add(new Target("discord", c)));
    }
    return available.stream().filter(t -> wanted.contains(t) || !isRouted(t)).toList();
  }

  /**
   * The default route among {@code available}: the targets no route claims for itself. The weekly
   * digest, which is about every talk, goes there too.
   */
  public List<Target> defaultTargets(List<Target> available) {
    return available.stream()
        .filter(t -> !isRouted(t) || !routes.routeOnly(t.platform()).contains(t.channel()))
        .toList();
  }

  /**
   * The reminder leads for {@code w} on {@code t}: those of the first route (in file order) that
   * takes the talk, posts to {@code t} and sets {@code reminders}; empty for {@code
   * schedule.reminders}.
   */
  public Optional<List<Duration>> reminders(Webinar w, Target t) {
    if (routes.isEmpty()) {
      return Optional.empty();
    }
    return routes.matching(w).stream()
        .filter(r -> Routes.of(r, t.platform()).contains(t.channel()))
        .filter(r -> r.reminders().isPresent())
        .findFirst()
        .flatMap(Route::reminders);
  }

  private static boolean isRouted(Target t) {
    return t.platform().equals("slack") || t.platform().equals("discord");
  }
}
