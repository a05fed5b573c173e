package webinarbot.discord;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import webinarbot.domain.Series;

/**
 * Whether Discord can repeat a series as one recurring scheduled event ({@code recurrence_rule}),
 * and the rule if so.
 *
 * <p>Discord takes a small part of RFC 5545: daily (every day, or one of a few sets of weekdays),
 * weekly or every other week on one day, monthly on the n-th weekday (1 to 5), yearly on one date;
 * a bot can set neither a count nor an end, nor skip a date. Its API takes no time zone, so it
 * repeats an event at one UTC time, while a series keeps the page's local time across daylight
 * saving changes. So a rule is given only when Discord's repetition, worked out here in UTC, gives
 * exactly the series' occurrences to come; any other series gets an event for its next occurrence,
 * moved on after each.
 */
final class DiscordRecurrence {
  static final int YEARLY = 0;
  static final int MONTHLY = 1;
  static final int WEEKLY = 2;
  static final int DAILY = 3;

  private static final Set<String> PARTS =
      Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTH", "BYMONTHDAY", "WKST");

  /** The sets of weekdays Discord accepts for a daily event. */
  private static final List<Set<DayOfWeek>> DAILY_SETS =
      List.of(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
          EnumSet.of(
              DayOfWeek.SUNDAY,
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY),
          EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
          EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY));

  private DiscordRecurrence() {}

  /** The n-th {@code day} of a month, n from 1 to 5. */
  record NthWeekday(int n, DayOfWeek day) {}

  /**
   * A rule Discord accepts; the start is the event's own.
   *
   * @param byWeekday for a daily or weekly event; empty for every day
   * @param byNthWeekday for a monthly event
   * @param byDate for a yearly event
   */
  record Rule(
      int frequency,
      int interval,
      List<DayOfWeek> byWeekday,
      Optional<NthWeekday> byNthWeekday,
      Optional<MonthDay> byDate) {
    Rule {
      byWeekday = byWeekday.stream().distinct().sorted().toList();
    }

    /** The {@code recurrence_rule} object, from {@code start}. */
    DataObject toData(Instant start) {
      DataObject o =
          DataObject.empty()
              .put("start", start.toString())
              .put("frequency", frequency)
              .put("interval", interval);
      if (!byWeekday.isEmpty()) {
        o.put("by_weekday", DataArray.fromCollection(weekdays()));
      }
      byNthWeekday.ifPresent(
          d ->
              o.put(
                  "by_n_weekday",
                  DataArray.empty()
                      .add(DataObject.empty().put("n", d.n()).put("day", number(d.day())))));
      byDate.ifPresent(
          d ->
              o.put("by_month", DataArray.empty().add(d.getMonthValue()))
                  .put("by_month_day", DataArray.empty().add(d.getDayOfMonth())));
      return o;
    }

    /** Discord's weekdays in its order, Monday 0 to Sunday 6. */
    List<Integer> weekdays() {
      return byWeekday.stream().map(DiscordRecurrence::number).toList();
    }

    /** The first {@code n} starts Discord gives from {@code start}, in UTC. */
    List<Instant> starts(Instant start, int n) {
      List<Instant> out = new ArrayList<>();
      ZonedDateTime first = start.atZone(ZoneOffset.UTC);
      if (!fits(first)) {
        return out;
      }
      for (int step = 0; out.size() < n && step < 100 * n + 10; step++) {
        candidate(first, step).filter(this::fits).ifPresent(t -> out.add(t.toInstant()));
      }
      return out;
    }

    /** The {@code step}-th start Discord would consider; empty for a month or year without it. */
    private Optional<ZonedDateTime> candidate(ZonedDateTime first, int step) {
      return switch (frequency) {
        case DAILY -> Optional.of(first.plusDays(step));
        case WEEKLY -> Optional.of(first.plusWeeks((long) step * interval));
        case MONTHLY -> {
          NthWeekday d = byNthWeekday.orElseThrow();
          ZonedDateTime month = first.withDayOfMonth(1).plusMonths(step);
          ZonedDateTime day = month.with(TemporalAdjusters.dayOfWeekInMonth(d.n(), d.day()));
          yield Optional.of(day).filter(x -> x.getMonth() == month.getMonth());
        }
        default -> {
          ZonedDateTime year = first.plusYears(step);
          yield Optional.of(year).filter(x -> x.getDayOfMonth() == first.getDayOfMonth());
        }
      };
    }

    private boolean fits(ZonedDateTime t) {
      return switch (frequency) {
        case DAILY, WEEKLY -> byWeekday.isEmpty() || byWeekday.contains(t.getDayOfWeek());
        case MONTHLY -> {
          NthWeekday d = byNthWeekday.orElseThrow();
          yield t.getDayOfWeek() == d.day() && (t.getDayOfMonth() - 1) / 7 + 1 == d.n();
        }
        default -> byDate.map(d -> d.equals(MonthDay.from(t))).orElse(true);
      };
    }
  }

  /** A rule, or why Discord cannot repeat the series. */
  record Decision(Optional<Rule> rule, String whyNot) {
    static Decision no(String why) {
      return new Decision(Optional.empty(), why);
    }
  }

  /** Whether Discord can repeat {@code s} from its first occurrence after {@code now}. */
  static Decision of(Series s, Instant now) {
    if (!s.exdates().isEmpty()) {
      return Decision.no("it skips dates (exdates), which a Discord recurring event cannot");
    }
    Map<String, String> parts = parts(s.rule());
    for (String key : parts.keySet()) {
      if (key.equals("COUNT") || key.equals("UNTIL")) {
        return Decision.no("it ends (" + key + "), and Discord lets a bot set no end");
      }
      if (!PARTS.contains(key)) {
        return Decision.no("Discord cannot repeat by " + key);
      }
    }
    List<Instant> toCome =
        s.occurrences().stream().map(ZonedDateTime::toInstant).filter(o -> o.isAfter(now)).toList();
    if (toCome.isEmpty()) {
      return Decision.no("no occurrence is to come");
    }
    Instant first = toCome.get(0);
    // The rule's days are Discord's in UTC, from the first start; checked against ours below.
    Optional<Rule> rule;
    try {
      rule = rule(parts, first.atZone(ZoneOffset.UTC));
    } catch (IllegalArgumentException e) {
      return Decision.no("Discord cannot repeat " + e.getMessage());
    }
    if (rule.isEmpty()) {
      return Decision.no("Discord's recurring events do not take this rule");
    }
    if (!rule.get().starts(first, toCome.size()).equals(toCome)) {
      boolean oneUtcTime =
          toCome.stream()
                  .map(o -> o.atZone(ZoneOffset.UTC).toLocalTime())
                  .distinct()
                  .limit(2)
                  .count()
              == 1;
      return Decision.no(
          oneUtcTime
              ? "Discord, repeating in UTC, would not give the same days"
              : "it keeps its local time across daylight saving changes, and Discord repeats an"
                  + " event at one UTC time");
    }
    return new Decision(rule, "");
  }

  private static Optional<Rule> rule(Map<String, String> parts, ZonedDateTime first) {
    String freq = parts.getOrDefault("FREQ", "");
    int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
    List<String> days =
        parts.containsKey("BYDAY") ? List.of(parts.get("BYDAY").split(",")) : List.of();
    boolean byMonth = parts.containsKey("BYMONTH") || parts.containsKey("BYMONTHDAY");
    switch (freq) {
      case "DAILY", "WEEKLY" -> {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days) {
          set.add(plainDay(d));
        }
        if (byMonth) {
          return Optional.empty();
        }
        if (freq.equals("WEEKLY") && set.size() <= 1 && (interval == 1 || interval == 2)) {
          // Discord repeats on the UTC day, which the check of its starts compares with ours.
          return Optional.of(
              new Rule(
                  WEEKLY,
                  interval,
                  List.of(first.getDayOfWeek()),
                  Optional.empty(),
                  Optional.empty()));
        }
        boolean everyDay = freq.equals("DAILY") && set.isEmpty();
        if (interval == 1 && (everyDay || DAILY_SETS.contains(set))) {
          return Optional.of(
              new Rule(DAILY, 1, List.copyOf(set), Optional.empty(), Optional.empty()));
        }
        return Optional.empty();
      }
      case "MONTHLY" -> {
        if (interval != 1 || byMonth || days.size() != 1) {
          return Optional.empty();
        }
        String d = days.get(0);
        int n = d.length() > 2 ? Integer.parseInt(d.substring(0, d.length() - 2)) : 0;
        if (n < 1 || n > 5) {
          return Optional.empty();
        }
        plainDay(d.substring(d.length() - 2));
        return Optional.of(
            new Rule(
                MONTHLY,
                1,
                List.of(),
                Optional.of(
                    new NthWeekday((first.getDayOfMonth() - 1) / 7 + 1, first.getDayOfWeek())),
                Optional.empty()));
      }
      case "YEARLY" -> {
        if (interval != 1 || !days.isEmpty()) {
          return Optional.empty();
        }
        String month = parts.get("BYMONTH");
        String day = parts.get("BYMONTHDAY");
        if ((month == null) != (day == null) || (month != null && (month + day).contains(","))) {
          return Optional.empty();
        }
        return Optional.of(
            new Rule(YEARLY, 1, List.of(), Optional.empty(), Optional.of(MonthDay.from(first))));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** A weekday without an ordinal: "TU"; "2TU" is only for monthly rules. */
  private static DayOfWeek plainDay(String d) {
    return switch (d) {
      case "MO" -> DayOfWeek.MONDAY;
      case "TU" -> DayOfWeek.TUESDAY;
      case "WE" -> DayOfWeek.WEDNESDAY;
      case "TH" -> DayOfWeek.THURSDAY;
      case "FR" -> DayOfWeek.FRIDAY;
      case "SA" -> DayOfWeek.SATURDAY;
      case "SU" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("by " + d);
    };
  }

  private static int number(DayOfWeek d) {
    return d.getValue() - 1;
  }

  /** The rule's parts by name; the rule was read by ical4j when the page loaded. */
  private static Map<String, String> parts(String rule) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rule.toUpperCase(Locale.ROOT).split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    return parts;
  }
}
