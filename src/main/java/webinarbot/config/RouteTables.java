package webinarbot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import webinarbot.domain.Route;

/**
 * The {@code [[route]]} tables of {@code webinar-bot.toml}. Each problem names the file, the line
 * and the route's field ({@code route[2].tags}), and every route is checked, so one start-up shows
 * them all.
 */
final class RouteTables {
  static final String KEY = "route";

  private static final List<String> KEYS =
      List.of("name", "tags", "sections", "types", "slack", "discord", "reminders");
  private static final Set<String> MATCHERS = Set.of("tags", "sections", "types");

  private RouteTables() {}

  /**
   * @param value what the file holds under {@code route}
   * @param line where {@code route} first appears
   */
  static List<Route> read(Path path, Object value, int line, List<String> problems) {
    if (!(value instanceof TomlArray array) || !allTables(array)) {
      problems.add(path + ":" + line + ": route: expected [[route]] tables, one per route");
      return List.of();
    }
    List<Route> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      TomlPosition pos = array.inputPositionOf(i);
      int at = pos == null ? line : pos.line();
      read(path, i + 1, at, array.getTable(i), problems).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static boolean allTables(TomlArray array) {
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof TomlTable)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Route> read(
      Path path, int number, int line, TomlTable table, List<String> problems) {
    String self = KEY + "[" + number + "]";
    int before = problems.size();
    for (String key : table.keySet()) {
      if (!KEYS.contains(key)) {
        problems.add(
            origin(path, table, key, line)
                + ": "
                + self
                + "."
                + key
                + ": unknown key; a route has "
                + String.join(", ", KEYS));
      }
    }
    Field f = new Field(path, table, self, line, problems);
    String name = f.get("name", Conversions::string).orElse(self);
    List<String> tags = f.get("tags", Conversions::list).orElse(List.of());
    List<String> sections = f.get("sections", Conversions::list).orElse(List.of());
    List<String> types = f.get("types", Conversions::list).orElse(List.of());
    List<String> slack = f.get("slack", Conversions::list).orElse(List.of());
    List<String> discord = f.get("discord", Conversions::list).orElse(List.of());
    Optional<List<Duration>> reminders = f.get("reminders", Conversions::durations);
    if (MATCHERS.stream().noneMatch(k -> table.contains(List.of(k)))) {
      problems.add(
          path + ":" + line + ": " + self + ": matches nothing: give it tags, sections or types");
    }
    if (slack.isEmpty() && discord.isEmpty()) {
      problems.add(
          path + ":" + line + ": " + self + ": lists no channel: give it slack or discord");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Route(name, path + ":" + line, tags, sections, types, slack, discord, reminders));
  }

  private static String origin(Path path, TomlTable table, String key, int line) {
    TomlPosition pos = table.inputPositionOf(List.of(key));
    return path + ":" + (pos == null ? line : pos.line());
  }

  /** One route's fields, converted one by one; a failed conversion is a problem naming it. */
  private record Field(Path path, TomlTable table, String self, int line, List<String> problems) {
    <T> Optional<T> get(String key, java.util.function.Function<Object, T> convert) {
      if (!table.contains(List.of(key))) {
        return Optional.empty();
      }
      Object raw = ConfigLoader.plain(table.get(List.of(key)));
      try {
        return Optional.of(convert.apply(raw));
      } catch (IllegalArgumentException e) {
        problems.add(
            origin(path, table, key, line) + ": " + self + "." + key + ": " + e.getMessage());
        return Optional.empty();
      }
    }
  }
}
