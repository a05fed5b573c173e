package webinarbot.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option of a subcommand, as every platform needs it: Slack reads it from the typed words,
 * Discord registers it as a typed option (with autocomplete or choices) and reads it back.
 *
 * @param name lower case, as Discord shows it: {@code id}, {@code kind}
 * @param type what the value is, which decides how it is read and offered
 * @param description one line for Discord's option list
 * @param required whether the command is useless without it (Discord refuses to send it empty)
 * @param choices values to offer; others may still be typed (a {@link Type#WORD} is checked by the
 *     command)
 */
public record OptionSpec(
    String name, Type type, String description, boolean required, List<String> choices) {

  /** What an option's value is. */
  public enum Type {
    /** A webinar's id, one word; Discord autocompletes it from the catalogue. */
    WEBINAR_ID,
    /** One word, such as a kind of post. */
    WORD,
    /** The rest of the line, spaces and all. */
    WORDS,
    /** Present or not: typed as its own name ({@code force} or {@code --force}). */
    FLAG
  }

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
    if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isBlank()) {
      throw new IllegalArgumentException("an option name is one lower-case word: " + name);
    }
  }

  /** The webinar's id, required. */
  public static OptionSpec webinarId() {
    return new OptionSpec("id", Type.WEBINAR_ID, "the webinar's id", true, List.of());
  }

  /** Everything after the subcommand's name, required. */
  public static OptionSpec words(String name, String description) {
    return new OptionSpec(name, Type.WORDS, description, true, List.of());
  }

  /** An optional word, with the values to offer. */
  public static OptionSpec optionalWord(String name, String description, List<String> choices) {
    return new OptionSpec(name, Type.WORD, description, false, choices);
  }

  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(name, Type.FLAG, description, false, List.of(name));
  }

  /** How help shows it: {@code ID}, {@code [KIND]}, {@code [force]}. */
  String usage() {
    if (type == Type.FLAG) {
      return "[" + name + "]";
    }
    String shown = name.toUpperCase(Locale.ROOT);
    return required ? shown : "[" + shown + "]";
  }
}
