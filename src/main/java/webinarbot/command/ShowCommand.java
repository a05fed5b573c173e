package webinarbot.command;

import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars show ID}: one webinar in full. */
public final class ShowCommand implements ChatCommand {
  private static final CommandSpec SPEC =
      CommandSpec.of("show", "one webinar in full", OptionSpec.webinarId());

  private final Supplier<Catalogue> catalogue;

  public ShowCommand(Supplier<Catalogue> catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    if (arguments.get("id").isEmpty()) {
      return new Reply.Text("Show which webinar? Give its id, as in `show vpp_in_home_lab`.");
    }
    String id = arguments.get("id").get();
    Catalogue c = catalogue.get();
    return c.find(id).<Reply>map(Reply.Detail::new).orElseGet(() -> IdSuggestions.unknown(c, id));
  }
}
