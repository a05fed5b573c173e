package webinarbot.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a post says about a webinar. Reminders carry their lead time: {@code reminder-1d} is sent
 * one day before the start, {@code starting} (lead 0) when it starts.
 */
public record PostKind(Type type, Duration lead) {

  /**
   * The kinds of post the bot makes, each declaring how the rest of the bot treats it: what makes a
   * new revision of it in the ledger, until when it still tells the truth, who plans it, and how it
   * may be used. Adding a kind is one constant here plus a case in each renderer's switch ({@code
   * TextRenderer}, {@code slack.PostMessages}, {@code discord.DiscordPosts}); the compiler points
   * at every switch that lacks it.
   */
  public enum Type {
    ANNOUNCEMENT(
        Revision.CONTENT,
        Deadline.UNTIL_START,
        Planned.WHEN_FIRST_VISIBLE,
        Use.EDITED_IN_PLACE,
        Use.BY_HAND),
    REMINDER(
        Revision.SCHEDULED_START,
        Deadline.WITHIN_GRACE,
        Planned.AT_EACH_LEAD,
        Use.EDITED_IN_PLACE,
        Use.BY_HAND),
    UPDATE(Revision.CONTENT, Deadline.PAGE_EXPIRY, Planned.ON_CHANGE, Use.BY_HAND),
    CANCELLATION(Revision.SCHEDULED_START, Deadline.PAGE_EXPIRY, Planned.ON_CHANGE, Use.BY_HAND),
    FOLLOW_UP(
        Revision.SCHEDULED_START,
        Deadline.PAGE_EXPIRY,
        Planned.ON_CHANGE,
        Use.BY_HAND,
        Use.AFTER_THE_TALK),
    DIGEST(Revision.WEEK, Deadline.PAGE_EXPIRY, Planned.WEEKLY),
    /**
     * "Remind me": a direct message to one subscriber, {@code schedule.personal_reminder} early.
     */
    PERSONAL(Revision.SCHEDULED_START, Deadline.UNTIL_START, Planned.FOR_EACH_SUBSCRIBER);

    private final Revision revision;
    private final Deadline deadline;
    private final Planned planned;

    @SuppressWarnings("ImmutableEnumChecker") // Set.copyOf: unmodifiable, only the type says Set
    private final Set<Use> uses;

    Type(Revision revision, Deadline deadline, Planned planned, Use... uses) {
      this.revision = revision;
      this.deadline = deadline;
      this.planned = planned;
      this.uses = Set.copyOf(List.of(uses));
    }

    /** What has to change before a post of this kind goes out again in the same channel. */
    public Revision revision() {
      return revision;
    }

    /** Until when a post of this kind, due at some instant, is still worth sending. */
    public Deadline deadline() {
      return deadline;
    }

    /** What puts a post of this kind in the plan. */
    public Planned planned() {
      return planned;
    }

    public boolean is(Use use) {
      return uses.contains(use);
    }

    /** False only for the digest, which is about a week of webinars. */
    public boolean aboutOneWebinar() {
      return revision != Revision.WEEK;
    }
  }

  /** The revision part of the ledger key. */
  public enum Revision {
    /**
     * The scheduled start: a talk that moves gets the post again, a title fix does not, and
     * cancelling then deleting the page makes one notice.
     */
    SCHEDULED_START,
    /** The page's content revision: once per edit, and again by hand after the page changed. */
    CONTENT,
    /** The week a digest covers. */
    WEEK
  }

  /** Until when a post still tells the truth; the page's {@code expiryDate} bounds every kind. */
  public enum Deadline {
    /** Until the talk starts ("new webinar" about a talk under way is wrong); all-day: its end. */
    UNTIL_START,
    /**
     * Within {@code schedule.grace} of its time, and only while what it says is true: "starts in 1
     * hour" until the start, "starting now" until the end.
     */
    WITHIN_GRACE,
    /** Whenever it goes out: it describes a change, not a moment. */
    PAGE_EXPIRY
  }

  /** What puts a post in the plan. */
  public enum Planned {
    /** When the page is first seen or published, if its reminders are already passing. */
    WHEN_FIRST_VISIBLE,
    /** At each of {@code schedule.reminders} before the start. */
    AT_EACH_LEAD,
    /** When a talk that was posted about changes, is cancelled, or gets its recordings. */
    ON_CHANGE,
    /** Once a week, with {@code schedule.digest}. */
    WEEKLY,
    /** For each person who asked ("Remind me"), {@code schedule.personal_reminder} early. */
    FOR_EACH_SUBSCRIBER
  }

  /** How a kind may be used besides being planned. */
  public enum Use {
    /** Posted messages are edited when the page changes; the others describe a moment and stay. */
    EDITED_IN_PLACE,
    /** {@code announce --kind} and {@code /webinars announce ID KIND} may post it. */
    BY_HAND,
    /** Meant for after the talk, so posting it about a past talk is no mistake. */
    AFTER_THE_TALK
  }

  public static final PostKind ANNOUNCEMENT = new PostKind(Type.ANNOUNCEMENT, Duration.ZERO);
  public static final PostKind STARTING = new PostKind(Type.REMINDER, Duration.ZERO);
  public static final PostKind UPDATE = new PostKind(Type.UPDATE, Duration.ZERO);
  public static final PostKind CANCELLATION = new PostKind(Type.CANCELLATION, Duration.ZERO);
  public static final PostKind FOLLOW_UP = new PostKind(Type.FOLLOW_UP, Duration.ZERO);
  public static final PostKind DIGEST = new PostKind(Type.DIGEST, Duration.ZERO);
  public static final PostKind PERSONAL = new PostKind(Type.PERSONAL, Duration.ZERO);

  public PostKind {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lead, "lead");
    if (lead.isNegative() || (type != Type.REMINDER && !lead.isZero())) {
      throw new IllegalArgumentException("lead " + lead + " makes no sense for " + type);
    }
  }

  /**
   * The kinds that can be posted by hand, in the order help lists them: reminders at the configured
   * {@code leads} (besides "starting") in their place.
   */
  public static List<PostKind> byHand(List<Duration> leads) {
    return kinds(leads, t -> t.is(Use.BY_HAND));
  }

  /** Every kind, reminders at {@code leads}: what {@code preview --kind} accepts. */
  public static List<PostKind> every(List<Duration> leads) {
    return kinds(leads, t -> true);
  }

  private static List<PostKind> kinds(List<Duration> leads, Predicate<Type> wanted) {
    List<PostKind> out = new ArrayList<>();
    for (Type t : Type.values()) {
      if (!wanted.test(t)) {
        continue;
      }
      if (t.planned() == Planned.AT_EACH_LEAD) {
        leads.stream()
            .filter(l -> !l.isZero())
            .distinct()
            .map(PostKind::reminder)
            .forEach(out::add);
      }
      out.add(new PostKind(t, Duration.ZERO));
    }
    return List.copyOf(out);
  }

  public static PostKind reminder(Duration lead) {
    return new PostKind(Type.REMINDER, lead);
  }

  /**
   * The stable name used in the ledger, in {@code schedule} output and on the command line: {@code
   * announcement}, {@code reminder-7d}, {@code starting}, {@code update}, {@code cancellation},
   * {@code followup}, {@code digest}.
   */
  public String code() {
    return switch (type) {
      case ANNOUNCEMENT -> "announcement";
      case REMINDER -> lead.isZero() ? "starting" : "reminder-" + Durations.format(lead);
      case UPDATE -> "update";
      case CANCELLATION -> "cancellation";
      case FOLLOW_UP -> "followup";
      case DIGEST -> "digest";
      case PERSONAL -> "personal";
    };
  }

  /** Reads a {@link #code()}; empty for anything else. */
  public static Optional<PostKind> parse(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    Optional<PostKind> fixed =
        switch (c) {
          case "announcement", "announce" -> Optional.of(ANNOUNCEMENT);
          case "starting" -> Optional.of(STARTING);
          case "update" -> Optional.of(UPDATE);
          case "cancellation", "cancel" -> Optional.of(CANCELLATION);
          case "followup", "follow-up" -> Optional.of(FOLLOW_UP);
          case "digest" -> Optional.of(DIGEST);
          case "personal" -> Optional.of(PERSONAL);
          default -> Optional.empty();
        };
    if (fixed.isPresent()) {
      return fixed;
    }
    if (c.startsWith("reminder-")) {
      return Durations.parse(c.substring("reminder-".length())).map(PostKind::reminder);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code();
  }
}
