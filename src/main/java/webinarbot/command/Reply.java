package webinarbot.command;

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
}
