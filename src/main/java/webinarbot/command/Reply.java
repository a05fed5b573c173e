package webinarbot.command;

import java.util.List;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** What a chat command answers, before a platform renders it. */
public sealed interface Reply {
  /** A list of webinars under a heading; {@code whenEmpty} is shown if there are none. */
  record Webinars(String heading, List<Webinar> webinars, String whenEmpty) implements Reply {
    public Webinars {
      webinars = List.copyOf(webinars);
    }
  }

  /** One webinar in full. */
  record Detail(Webinar webinar) implements Reply {}

  /** Plain text: help, a refusal, or a helpful answer to a mistake. */
  record Text(String text) implements Reply {}

  /** An announcement was made (or, in a dry run, would be) on the listed targets. */
  record Announced(Webinar webinar, PostKind kind, Announcer.Outcome outcome) implements Reply {}

  /** True for replies only the caller should see. */
  default boolean ephemeral() {
    return !(this instanceof Announced);
  }
}
