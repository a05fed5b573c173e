package webinarbot.discord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.requests.restaction.pagination.PaginationAction.PaginationOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.DeliveryException;

/**
 * Who is marked "Interested" on each talk's Discord scheduled events ({@code GET
 * /guilds/{guild}/scheduled-events/{id}/users}, a page of 100 at a time): they want to hear of the
 * talk as much as those who clicked "Remind me", so they count in the number on its announcements.
 * Read by {@link #refresh}, which says which talks' sets changed.
 */
public final class InterestedMembers {
  private static final Logger LOG = LoggerFactory.getLogger(InterestedMembers.class);
  private static final int PAGE = 100;

  private final Supplier<Optional<DiscordSession>> session;
  private final List<String> guilds;
  private final ScheduledEventStore store;
  private final RestCalls calls;
  private final Map<String, Set<String>> byWebinar = new ConcurrentHashMap<>();

  InterestedMembers(
      Supplier<Optional<DiscordSession>> session,
      List<String> guilds,
      ScheduledEventStore store,
      RestCalls calls) {
    this.session = session;
    this.guilds = List.copyOf(guilds);
    this.store = store;
    this.calls = calls;
  }

  /** The Discord user ids interested in the talk's events, as last read; empty before that. */
  public Set<String> of(String webinarId) {
    return byWebinar.getOrDefault(webinarId, Set.of());
  }

  /**
   * Reads the interested members of every talk's events and calls {@code changed} with each talk
   * whose set is not what it was. An event that cannot be read keeps its last set.
   */
  public synchronized void refresh(Consumer<String> changed) {
    Optional<DiscordSession> current = session.get();
    if (current.isEmpty() || guilds.isEmpty()) {
      return;
    }
    JDA jda = current.get().jda();
    Map<String, Set<String>> read = new HashMap<>();
    for (String guildId : guilds) {
      Guild guild = jda.getGuildById(guildId);
      if (guild == null) {
        continue;
      }
      for (ScheduledEventStore.Row row : store.inGuild(guildId).values()) {
        Set<String> people = read.computeIfAbsent(row.webinarId(), id -> new HashSet<>());
        try {
          people.addAll(interested(guild, row.eventId()));
        } catch (DeliveryException e) {
          people.addAll(of(row.webinarId()));
          LOG.debug("cannot read who is interested in event {}: {}", row.eventId(), e.getMessage());
        }
      }
    }
    Set<String> talks = new HashSet<>(byWebinar.keySet());
    talks.addAll(read.keySet());
    for (String id : talks) {
      Set<String> now = Set.copyOf(read.getOrDefault(id, Set.of()));
      if (!now.equals(of(id))) {
        if (now.isEmpty()) {
          byWebinar.remove(id);
        } else {
          byWebinar.put(id, now);
        }
        changed.accept(id);
      }
    }
  }

  private Set<String> interested(Guild guild, String eventId) throws DeliveryException {
    ScheduledEvent event =
        calls.complete(() -> guild.retrieveScheduledEventById(eventId), "read event " + eventId);
    Set<String> ids = new HashSet<>();
    long after = 0;
    while (true) {
      long from = after;
      List<Member> page =
          calls.complete(
              () -> {
                var members =
                    event.retrieveInterestedMembers().order(PaginationOrder.FORWARD).limit(PAGE);
                return from == 0 ? members : members.skipTo(from);
              },
              "read who is interested in event " + eventId);
      page.forEach(m -> ids.add(m.getId()));
      if (page.size() < PAGE) {
        return ids;
      }
      after = page.stream().mapToLong(Member::getIdLong).max().orElseThrow();
    }
  }
}
