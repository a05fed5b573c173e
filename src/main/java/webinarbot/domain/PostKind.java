package webinarbot.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a post says about a webinar. Reminders carry their lead time: {@code reminder-1d} is sent
 * one day before the start, {@code starting} (lead 0) when it starts.
 */
public record PostKind(Type type, Duration lead) {

  /** The kinds of post the bot makes. */
  public enum Type {
    ANNOUNCEMENT,
    REMINDER,
    UPDATE,
    CANCELLATION,
    FOLLOW_UP,
    DIGEST
  }

  public static final PostKind ANNOUNCEMENT = new PostKind(Type.ANNOUNCEMENT, Duration.ZERO);
  public static final PostKind STARTING = new PostKind(Type.REMINDER, Duration.ZERO);
  public static final PostKind UPDATE = new PostKind(Type.UPDATE, Duration.ZERO);
  public static final PostKind CANCELLATION = new PostKind(Type.CANCELLATION, Duration.ZERO);
  public static final PostKind FOLLOW_UP = new PostKind(Type.FOLLOW_UP, Duration.ZERO);
  public static final PostKind DIGEST = new PostKind(Type.DIGEST, Duration.ZERO);

  public PostKind {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lead, "lead");
    if (lead.isNegative() || (type != Type.REMINDER && !lead.isZero())) {
      throw new IllegalArgumentException("lead " + lead + " makes no sense for " + type);
    }
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
