package webinarbot.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one call, by name, read by the rules of the command's {@link CommandSpec}: from
 * the words typed after the subcommand (Slack), or from the typed options of the interaction
 * (Discord).
 */
public final class Arguments {
  private final Map<String, String> values;
  private final List<String> unexpected;

  private Arguments(Map<String, String> values, List<String> unexpected) {
    this.values = Map.copyOf(values);
    this.unexpected = List.copyOf(unexpected);
  }

  private Arguments(Map<String, String> values) {
    this(values, List.of());
  }

  public static Arguments none() {
    return new Arguments(Map.of());
  }

  /**
   * Options the platform already separated, as name to value; values are stripped and blank ones
   * dropped, a flag counts when its value is its own name.
   */
  public static Arguments of(CommandSpec spec, Map<String, String> given) {
    Map<String, String> values = new LinkedHashMap<>();
    for (OptionSpec o : spec.options()) {
      String v = given.get(o.name());
      if (v == null || v.isBlank()) {
        continue;
      }
      if (o.type() != OptionSpec.Type.FLAG || v.strip().equalsIgnoreCase(o.name())) {
        values.put(o.name(), v.strip());
      }
    }
    return new Arguments(values);
  }

  /**
   * The words after the subcommand, as typed: a flag anywhere ({@code force} or {@code --force});
   * the other options in order, one word each, except that {@link OptionSpec.Type#WORDS} takes the
   * rest of the line as typed. Words beyond the options are kept as {@link #unexpected}: a typo in
   * a flag ({@code forse}) must not run the command as if it had not been typed.
   */
  public static Arguments parse(CommandSpec spec, String text) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> unexpected = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    int next = 0;
    while (!rest.isEmpty()) {
      Optional<OptionSpec> positional = nextPositional(spec, next);
      if (positional.isPresent() && positional.get().type() == OptionSpec.Type.WORDS) {
        values.put(positional.get().name(), rest);
        break;
      }
      int space = firstSpace(rest);
      String word = space < 0 ? rest : rest.substring(0, space);
      rest = space < 0 ? "" : rest.substring(space).strip();
      Optional<OptionSpec> flag = flagNamed(spec, word);
      if (flag.isPresent()) {
        values.put(flag.get().name(), flag.get().name());
      } else if (positional.isPresent()) {
        values.put(positional.get().name(), word);
        next = spec.options().indexOf(positional.get()) + 1;
      } else {
        unexpected.add(word);
      }
    }
    return new Arguments(values, unexpected);
  }

  private static Optional<OptionSpec> nextPositional(CommandSpec spec, int from) {
    return spec
        .options()
        .subList(Math.min(from, spec.options().size()), spec.options().size())
        .stream()
        .filter(o -> o.type() != OptionSpec.Type.FLAG)
        .findFirst();
  }

  private static Optional<OptionSpec> flagNamed(CommandSpec spec, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String bare = w.startsWith("--") ? w.substring(2) : w;
    return spec.options().stream()
        .filter(o -> o.type() == OptionSpec.Type.FLAG && o.name().equals(bare))
        .findFirst();
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The value given for an option, if any. */
  public Optional<String> get(String option) {
    return Optional.ofNullable(values.get(option));
  }

  /** Words typed beyond what the command takes, in order. */
  public List<String> unexpected() {
    return unexpected;
  }

  /** True when the flag was given. */
  public boolean has(String flag) {
    return values.containsKey(flag);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
