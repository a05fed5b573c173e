package webinarbot.command;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import webinarbot.delivery.Announcer;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * {@code /webinars announce ID [KIND] [force]}: maintainers post now, through the ledger, and the
 * channel sees that they did. A talk that has started is refused without {@code force} ({@link
 * PastTalk}).
 */
public final class AnnounceCommand implements ChatCommand {
  /** The word that posts about a talk that has started anyway. */
  public static final String FORCE = "force";

  private static final String KIND = "kind";

  private final Supplier<Catalogue> catalogue;
  private final Announcer announcer;
  private final Clock clock;
  private final List<String> kinds;
  private final CommandSpec spec;

  /**
   * @param reminders the configured reminder leads: their kinds are offered by name
   */
  public AnnounceCommand(
      Supplier<Catalogue> catalogue, Announcer announcer, Clock clock, List<Duration> reminders) {
    this.catalogue = catalogue;
    this.announcer = announcer;
    this.clock = clock;
    this.kinds = PostKind.byHand(reminders).stream().map(PostKind::code).toList();
    this.spec =
        CommandSpec.of(
                "announce",
                "post an announcement now (maintainers only)",
                OptionSpec.webinarId(),
                OptionSpec.optionalWord(KIND, KIND, kinds),
                OptionSpec.flag(FORCE, "post even though the talk has started or is over"))
            .forMaintainers(
                "Sorry, only maintainers can announce webinars. Nothing was posted. "
                    + "Ask a maintainer, or see `list` for what is coming up.")
            .answeredInChannel();
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    Optional<String> id = arguments.get("id");
    if (id.isEmpty()) {
      return new Reply.Text(
          "Announce which webinar? Give its id, as in `announce vpp_in_home_lab`.");
    }
    Catalogue c = catalogue.get();
    if (c.find(id.get()).isEmpty()) {
      return IdSuggestions.unknown(c, id.get());
    }
    Optional<String> typedKind = arguments.get(KIND);
    Optional<PostKind> kind =
        typedKind.isEmpty()
            ? Optional.of(PostKind.ANNOUNCEMENT)
            : PostKind.parse(typedKind.get()).filter(k -> k.type().is(PostKind.Use.BY_HAND));
    if (kind.isEmpty()) {
      return new Reply.Text(
          "`" + typedKind.get() + "` is not a kind of post. Use " + inWords(kinds) + ".");
    }
    Webinar w = c.find(id.get()).get();
    Optional<String> refusal = PastTalk.refusal(w, kind.get(), clock.instant());
    if (refusal.isPresent() && !arguments.has(FORCE)) {
      return new Reply.Text(
          "Not posted: "
              + refusal.get()
              + ". To post it anyway, add `"
              + FORCE
              + "`: `announce "
              + id.get()
              + " "
              + kind.get().code()
              + " "
              + FORCE
              + "`.");
    }
    return new Reply.Announced(w, kind.get(), announcer.announce(id.get(), kind.get(), false));
  }

  /** {@code a, b or c}. */
  private static String inWords(List<String> words) {
    int last = words.size() - 1;
    return last == 0
        ? words.get(0)
        : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
  }
}
