package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars next}: the next webinar in full. */
public final class NextCommand implements ChatCommand {
  private static final CommandSpec SPEC = CommandSpec.of("next", "the next webinar, in full");

  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public NextCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    return catalogue
        .get()
        .next(clock.instant())
        .<Reply>map(Reply.Detail::new)
        .orElseGet(() -> new Reply.Text("No upcoming webinars are planned yet."));
  }
}
