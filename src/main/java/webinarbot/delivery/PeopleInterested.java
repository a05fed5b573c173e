package webinarbot.delivery;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Everyone who wants a reminder of a talk: its subscribers on every platform, and on Discord also
 * the people marked "Interested" on its scheduled event. One person counts once: a Discord user who
 * clicked "Remind me" and is interested is one of the union of user ids.
 */
public final class PeopleInterested implements Interest {
  private static final String DISCORD = "discord";

  private final Subscriptions subscriptions;
  private final Function<String, Set<String>> interestedOnDiscord;

  /**
   * @param interestedOnDiscord a talk's id to the Discord user ids interested in its scheduled
   *     events (empty when Discord is off or the talk has none)
   */
  public PeopleInterested(
      Subscriptions subscriptions, Function<String, Set<String>> interestedOnDiscord) {
    this.subscriptions = subscriptions;
    this.interestedOnDiscord = interestedOnDiscord;
  }

  @Override
  public int count(String webinarId) {
    Set<Subscriber> people = new HashSet<>(subscriptions.subscribers(webinarId));
    for (String user : interestedOnDiscord.apply(webinarId)) {
      people.add(new Subscriber(DISCORD, user));
    }
    return people.size();
  }

  @Override
  public Set<String> webinars() {
    return subscriptions.webinars();
  }
}
