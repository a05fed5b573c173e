package webinarbot.command;

import java.time.Duration;
import java.util.List;
import webinarbot.delivery.Announcer;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/**
 * What a chat command answers, before a platform renders it. Each platform renders it through a
 * {@link Renderer}, which has one method per kind of reply: a new kind of reply adds a method
 * there, and the compiler then finds every platform that does not render it.
 */
public sealed interface Reply {
  <R> R render(Renderer<R> renderer);

  /**
   * True for the replies that are never for the channel, whatever the command declares: help,
   * refusals and answers to mistakes.
   */
  default boolean callerOnly() {
    return false;
  }

  /** How one platform shows each kind of reply. */
  interface Renderer<R> {
    R webinars(Webinars list);

    R detail(Detail detail);

    R text(Text text);

    R announced(Announced announced);

    R reminder(Reminder reminder);
  }

  /** A list of webinars under a heading; {@code whenEmpty} is shown if there are none. */
  record Webinars(String heading, List<Webinar> webinars, String whenEmpty) implements Reply {
    public Webinars {
      webinars = List.copyOf(webinars);
    }

    @Override
    public <R> R render(Renderer<R> renderer) {
      return renderer.webinars(this);
    }
  }

  /** One webinar in full. */
  record Detail(Webinar webinar) implements Reply {
    @Override
    public <R> R render(Renderer<R> renderer) {
      return renderer.detail(this);
    }
  }

  /** Plain text: help, a refusal, or a helpful answer to a mistake. */
  record Text(String text) implements Reply {
    @Override
    public <R> R render(Renderer<R> renderer) {
      return renderer.text(this);
    }

    @Override
    public boolean callerOnly() {
      return true;
    }
  }

  /** An announcement was made (or, in a dry run, would be) on the listed targets. */
  record Announced(Webinar webinar, PostKind kind, Announcer.Outcome outcome) implements Reply {
    @Override
    public <R> R render(Renderer<R> renderer) {
      return renderer.announced(this);
    }
  }

  /**
   * The answer to "Remind me" (a button or {@code remind}/{@code forget}): what the caller's
   * personal reminder of one talk is now.
   *
   * @param lead how long before the start the direct message goes out
   * @param state what changed, or why nothing did
   */
  record Reminder(Webinar webinar, Duration lead, ReminderState state) implements Reply {
    @Override
    public <R> R render(Renderer<R> renderer) {
      return renderer.reminder(this);
    }

    /**
     * The answer in words, the same on every platform: {@code title} and {@code when} come marked
     * up by the platform (bold, a localised time).
     */
    public String words(String title, String when) {
      String lead = webinarbot.domain.Durations.words(this.lead);
      String id = webinar.id();
      String forget = " `" + StandardCommands.SLASH + " forget " + id + "` cancels it.";
      return switch (state) {
        case SUBSCRIBED ->
            "I'll message you " + lead + " before " + title + " starts (" + when + ")." + forget;
        case ALREADY_SUBSCRIBED ->
            "You're on the list already: I'll message you "
                + lead
                + " before "
                + title
                + " starts ("
                + when
                + ")."
                + forget;
        case UNSUBSCRIBED -> "Done: no reminder of " + title + " any more.";
        case NOT_SUBSCRIBED ->
            "You had no reminder of "
                + title
                + ". `"
                + StandardCommands.SLASH
                + " remind "
                + id
                + "` asks for one.";
      };
    }

    /** True when the caller will get the direct message. */
    public boolean subscribed() {
      return state == ReminderState.SUBSCRIBED || state == ReminderState.ALREADY_SUBSCRIBED;
    }
  }

  /** What a "Remind me" did. */
  enum ReminderState {
    SUBSCRIBED,
    ALREADY_SUBSCRIBED,
    UNSUBSCRIBED,
    NOT_SUBSCRIBED
  }
}
