package webinarbot.command;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * {@code /webinars announce ID [KIND] [force]}: maintainers post now, through the ledger. A talk
 * that has started is refused without {@code force} ({@link PastTalk}).
 */
public final class AnnounceCommand implements ChatCommand {
  /** The word that posts about a talk that has started anyway. */
  public static final String FORCE = "force";

  private final Supplier<Catalogue> catalogue;
  private final Announcer announcer;
  private final Clock clock;

  public AnnounceCommand(Supplier<Catalogue> catalogue, Announcer announcer, Clock clock) {
    this.catalogue = catalogue;
    this.announcer = announcer;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "announce";
  }

  @Override
  public String usage() {
    return "announce ID [KIND] [" + FORCE + "]";
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
    boolean force = false;
    for (int i = 1; i < words.length; i++) {
      if (words[i].equalsIgnoreCase(FORCE) || words[i].equalsIgnoreCase("--" + FORCE)) {
        force = true;
        continue;
      }
      var parsed = PostKind.parse(words[i]);
      if (parsed.isEmpty() || parsed.get().type() == PostKind.Type.DIGEST) {
        return new Reply.Text(
            "`"
                + words[i]
                + "` is not a kind of post. Use announcement, reminder-7d, reminder-1d,"
                + " reminder-1h, starting, update, cancellation or followup.");
      }
      kind = parsed.get();
    }
    Webinar w = c.find(words[0]).get();
    Optional<String> refusal = PastTalk.refusal(w, kind, clock.instant());
    if (refusal.isPresent() && !force) {
      return new Reply.Text(
          "Not posted: "
              + refusal.get()
              + ". To post it anyway, add `"
              + FORCE
              + "`: `announce "
              + words[0]
              + " "
              + kind.code()
              + " "
              + FORCE
              + "`.");
    }
    return new Reply.Announced(w, kind, announcer.announce(words[0], kind, false));
  }
}
