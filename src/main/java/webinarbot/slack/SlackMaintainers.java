package webinarbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may {@code /webinars announce}: {@code slack.maintainers} lists user ids ({@code U…}, {@code
 * W…}) and user-group ids ({@code S…}). Group members come from {@code usergroups.users.list} and
 * are kept for a while, so a busy channel does not cost an API call per command.
 */
public final class SlackMaintainers {
  private static final Logger LOG = LoggerFactory.getLogger(SlackMaintainers.class);

  /** How long a group's member list is trusted; edits to a group reach the bot within this. */
  public static final Duration GROUP_CACHE = Duration.ofMinutes(5);

  private record Members(Set<String> users, Instant fetched) {}

  private final Set<String> users;
  private final List<String> groups;
  private final MethodsClient client;
  private final Clock clock;
  private final ConcurrentMap<String, Members> cache = new ConcurrentHashMap<>();

  public SlackMaintainers(List<String> ids, MethodsClient client, Clock clock) {
    this.users = Set.copyOf(ids.stream().filter(id -> !isGroup(id)).toList());
    this.groups = List.copyOf(ids.stream().filter(SlackMaintainers::isGroup).toList());
    this.client = client;
    this.clock = clock;
  }

  private static boolean isGroup(String id) {
    return id.startsWith("S");
  }

  public boolean includes(String userId) {
    if (users.contains(userId)) {
      return true;
    }
    return groups.stream().anyMatch(g -> members(g).contains(userId));
  }

  private Set<String> members(String group) {
    Members cached = cache.get(group);
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.fetched().plus(GROUP_CACHE))) {
      return cached.users();
    }
    Optional<Set<String>> fresh = fetch(group);
    if (fresh.isPresent()) {
      cache.put(group, new Members(fresh.get(), now));
      return fresh.get();
    }
    // Slack could not say: an older answer is better than locking every maintainer out.
    return cached == null ? Set.of() : cached.users();
  }

  private Optional<Set<String>> fetch(String group) {
    try {
      UsergroupsUsersListResponse r = client.usergroupsUsersList(q -> q.usergroup(group));
      if (r.isOk()) {
        return Optional.of(Set.copyOf(r.getUsers()));
      }
      LOG.warn("Cannot read maintainer group {}: {}", group, r.getError());
    } catch (IOException | SlackApiException e) {
      LOG.warn("Cannot read maintainer group {}: {}", group, e.getMessage());
    }
    return Optional.empty();
  }
}
