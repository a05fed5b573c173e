package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars list}: every upcoming webinar. */
public final class ListCommand implements ChatCommand {
  private static final CommandSpec SPEC = CommandSpec.of("list", "upcoming webinars");

  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public ListCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    return new Reply.Webinars(
        "Upcoming webinars",
        catalogue.get().upcoming(clock.instant()),
        "No upcoming webinars are planned yet.");
  }
}
