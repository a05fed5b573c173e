package webinarbot.command;

import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** {@code /webinars show ID}: one webinar in full. */
public final class ShowCommand implements ChatCommand {
  private final Supplier<Catalogue> catalogue;

  public ShowCommand(Supplier<Catalogue> catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public String name() {
    return "show";
  }

  @Override
  public String usage() {
    return "show ID";
  }

  @Override
  public String summary() {
    return "one webinar in full";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    if (arguments.isBlank()) {
      return new Reply.Text("Show which webinar? Give its id, as in `show vpp_in_home_lab`.");
    }
    String id = arguments.split("\\s+")[0];
    Catalogue c = catalogue.get();
    return c.find(id).<Reply>map(Reply.Detail::new).orElseGet(() -> IdSuggestions.unknown(c, id));
  }
}
