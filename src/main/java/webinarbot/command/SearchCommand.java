package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars search WORDS}: upcoming webinars mentioning every word. */
public final class SearchCommand implements ChatCommand {
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public SearchCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public String usage() {
    return "search WORDS";
  }

  @Override
  public String summary() {
    return "upcoming webinars whose title, description or speakers mention every word";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    if (arguments.isBlank()) {
      return new Reply.Text("Search for what? Try `search kubernetes`.");
    }
    return new Reply.Webinars(
        "Upcoming webinars matching “" + arguments + "”",
        catalogue.get().search(arguments, clock.instant()),
        "No upcoming webinar matches “" + arguments + "”. Try `list` to see them all.");
  }
}
