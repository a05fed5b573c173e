package webinarbot.command;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars next}: the next webinar in full. */
public final class NextCommand implements ChatCommand {
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public NextCommand(Supplier<Catalogue> catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "next";
  }

  @Override
  public String usage() {
    return "next";
  }

  @Override
  public String summary() {
    return "the next webinar, in full";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    return catalogue
        .get()
        .next(clock.instant())
        .<Reply>map(Reply.Detail::new)
        .orElseGet(() -> new Reply.Text("No upcoming webinars are planned yet."));
  }
}
