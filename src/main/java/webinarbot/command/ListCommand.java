package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars list}: every upcoming webinar. */
public final class ListCommand implements ChatCommand {
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public ListCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "list";
  }

  @Override
  public String usage() {
    return "list";
  }

  @Override
  public String summary() {
    return "upcoming webinars";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    return new Reply.Webinars(
        "Upcoming webinars",
        catalogue.get().upcoming(clock.instant()),
        "No upcoming webinars are planned yet.");
  }
}
