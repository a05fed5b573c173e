package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Discord refuses in a scheduled event's {@code recurrence_rule}, as its documentation lists
 * the limits (discord-api-docs, "Guild Scheduled Event Recurrence Rule", "System limitations"): no
 * {@code count}, {@code end} or {@code by_year_day} from a bot; by_weekday for daily (a known set)
 * and weekly (one day) events only; one by_n_weekday for monthly ones; one month and one day for
 * yearly ones; an interval other than 1 only for weekly events, and then 2; and a start that is the
 * event's own. The stand-in answers 400 to a rule it refuses, as Discord does.
 */
public final class RecurrenceRules {
  private static final int YEARLY = 0;
  private static final int MONTHLY = 1;
  private static final int WEEKLY = 2;
  private static final int DAILY = 3;

  /** Discord's sets of weekdays for daily events, Monday 0 to Sunday 6. */
  private static final List<Set<Integer>> DAILY_SETS =
      List.of(
          Set.of(0, 1, 2, 3, 4),
          Set.of(1, 2, 3, 4, 5),
          Set.of(6, 0, 1, 2, 3),
          Set.of(4, 5),
          Set.of(5, 6),
          Set.of(6, 0));

  private RecurrenceRules() {}

  public static Optional<String> refusal(JsonNode body) {
    JsonNode r = body.path("recurrence_rule");
    if (r.isMissingNode() || r.isNull()) {
      return Optional.empty();
    }
    for (String unsettable : List.of("count", "end", "by_year_day")) {
      if (r.hasNonNull(unsettable)) {
        return Optional.of(unsettable + " cannot be set");
      }
    }
    if (body.has("scheduled_start_time")
        && !instant(r.path("start")).equals(instant(body.path("scheduled_start_time")))) {
      return Optional.of("start is not the event's start");
    }
    int frequency = r.path("frequency").asInt(-1);
    int interval = r.path("interval").asInt(1);
    List<Integer> weekdays = ints(r.path("by_weekday"));
    boolean nth = r.hasNonNull("by_n_weekday");
    boolean date = r.hasNonNull("by_month") || r.hasNonNull("by_month_day");
    if (interval != 1 && !(frequency == WEEKLY && interval == 2)) {
      return Optional.of("interval " + interval);
    }
    return switch (frequency) {
      case DAILY ->
          nth || date || !(weekdays.isEmpty() || DAILY_SETS.contains(Set.copyOf(weekdays)))
              ? Optional.of("daily by " + weekdays)
              : Optional.empty();
      case WEEKLY ->
          nth || date || weekdays.size() != 1
              ? Optional.of("weekly needs one weekday")
              : dayOf(r.path("start"), weekdays.get(0));
      case MONTHLY ->
          !weekdays.isEmpty() || date || !nth || r.path("by_n_weekday").size() != 1
              ? Optional.of("monthly needs one by_n_weekday")
              : Optional.empty();
      case YEARLY ->
          !weekdays.isEmpty()
                  || nth
                  || ints(r.path("by_month")).size() != 1
                  || ints(r.path("by_month_day")).size() != 1
              ? Optional.of("yearly needs one month and one day")
              : Optional.empty();
      default -> Optional.of("frequency " + frequency);
    };
  }

  /** A weekly event's day is its start's. */
  private static Optional<String> dayOf(JsonNode start, int weekday) {
    DayOfWeek day = OffsetDateTime.parse(start.asText()).getDayOfWeek();
    return day.getValue() - 1 == weekday
        ? Optional.empty()
        : Optional.of("by_weekday " + weekday + " is not the start's day");
  }

  private static java.time.Instant instant(JsonNode t) {
    return OffsetDateTime.parse(t.asText()).toInstant();
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }
}
