package webinarbot.command;

import java.util.function.Supplier;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;

/** {@code /webinars announce ID [KIND]}: maintainers post now, through the ledger. */
public final class AnnounceCommand implements ChatCommand {
  private final Supplier<Catalogue> catalogue;
  private final Announcer announcer;

  public AnnounceCommand(Supplier<Catalogue> catalogue, Announcer announcer) {
    this.catalogue = catalogue;
    this.announcer = announcer;
  }

  @Override
  public String name() {
    return "announce";
  }

  @Override
  public String usage() {
    return "announce ID [KIND]";
  }

  @Override
  public String summary() {
    return "post an announcement now (maintainers only)";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    if (!caller.isMaintainer()) {
      return new Reply.Text(
          "Sorry, only maintainers can announce webinars. Nothing was posted. "
              + "Ask a maintainer, or see `list` for what is coming up.");
    }
    String[] words = arguments.isBlank() ? new String[0] : arguments.split("\\s+");
    if (words.length == 0) {
      return new Reply.Text(
          "Announce which webinar? Give its id, as in `announce vpp_in_home_lab`.");
    }
    Catalogue c = catalogue.get();
    if (c.find(words[0]).isEmpty()) {
      return IdSuggestions.unknown(c, words[0]);
    }
    PostKind kind = PostKind.ANNOUNCEMENT;
    if (words.length > 1) {
      var parsed = PostKind.parse(words[1]);
      if (parsed.isEmpty() || parsed.get().type() == PostKind.Type.DIGEST) {
        return new Reply.Text(
            "`"
                + words[1]
                + "` is not a kind of post. Use announcement, reminder-1d, reminder-1h, starting,"
                + " update, cancellation or followup.");
      }
      kind = parsed.get();
    }
    return new Reply.Announced(
        c.find(words[0]).get(), kind, announcer.announce(words[0], kind, false));
  }
}
