package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars search WORDS}: upcoming webinars mentioning every word. */
public final class SearchCommand implements ChatCommand {
  private static final CommandSpec SPEC =
      CommandSpec.of(
          "search",
          "upcoming webinars whose title, description or speakers mention every word",
          OptionSpec.words("words", "words the webinar mentions"));

  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public SearchCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    if (arguments.get("words").isEmpty()) {
      return new Reply.Text("Search for what? Try `search kubernetes`.");
    }
    String words = arguments.get("words").get();
    return new Reply.Webinars(
        "Upcoming webinars matching “" + words + "”",
        catalogue.get().search(words, clock.instant()),
        "No upcoming webinar matches “" + words + "”. Try `list` to see them all.");
  }
}
